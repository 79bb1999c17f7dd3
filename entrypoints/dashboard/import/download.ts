/** Saves a Blob as a file through an <a download> click: no 'downloads' permission needed. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser reads the Blob after the click returns: revoke later, not now.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** "rapport-contacts-2026-11-23.csv" */
export function exportFileName(what: string, extension: string, now: number): string {
  return `rapport-${what}-${new Date(now).toISOString().slice(0, 10)}.${extension}`;
}
