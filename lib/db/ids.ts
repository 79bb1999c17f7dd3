let lastMs = 0;
let sequence = 0;

/**
 * A new record id: a version-7 UUID, whose leading 48 bits are the creation time in milliseconds.
 * Ids made later sort later, so a bulk write appends to the end of each store's key range instead
 * of scattering across it, which keeps the database's sorted tables compact and the writes fast.
 * Within one millisecond a 12-bit sequence keeps them increasing.
 */
export function newId(now: number = Date.now()): string {
  if (now > lastMs) {
    lastMs = now;
    sequence = 0;
  } else if (++sequence > 0xfff) {
    lastMs++;
    sequence = 0;
  }
  const random = crypto.getRandomValues(new Uint8Array(8));
  const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');
  const time = hex(lastMs, 12);
  const variant = hex(0x8000 | ((random[0] ?? 0) << 6) | ((random[1] ?? 0) & 0x3f), 4);
  const tail = [...random.subarray(2)].map((b) => hex(b, 2)).join('');
  return `${time.slice(0, 8)}-${time.slice(8)}-7${hex(sequence, 3)}-${variant.slice(0, 4)}-${tail}`;
}
