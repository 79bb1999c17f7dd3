/** Free-mail providers: their domain says nothing about a person's organisation. */
export const FREE_MAIL_DOMAINS = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'msn.com',
  'yahoo.com',
  'icloud.com',
  'me.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
  'gmx.com',
  'gmx.de',
  'web.de',
  'mail.com',
  'yandex.ru',
  'qq.com',
  '163.com',
  '126.com',
  'sina.com',
  'foxmail.com',
]);

export function normaliseEmail(raw: string): string {
  return raw.trim().toLowerCase();
}

export function emailDomain(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}

export function isFreeMail(email: string): boolean {
  return FREE_MAIL_DOMAINS.has(emailDomain(email));
}

/** "ann.lee@acme.com" -> "Ann Lee": a fair first guess at a name when the page shows none. */
export function nameFromEmail(email: string): string {
  const local = email.slice(0, email.indexOf('@')).split('+')[0] ?? '';
  return local
    .split(/[._-]+/)
    .filter(Boolean)
    .map((part) => part[0]?.toUpperCase() + part.slice(1))
    .join(' ');
}
