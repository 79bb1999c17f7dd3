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
  'ymail.com',
  'yahoo.co.uk',
  'yahoo.fr',
  'yahoo.de',
  'hotmail.co.uk',
  'hotmail.fr',
  'hotmail.de',
  'outlook.fr',
  'outlook.de',
  'live.co.uk',
  'pm.me',
  'gmx.net',
  'fastmail.com',
  'zoho.com',
  'tutanota.com',
  'mail.ru',
  'naver.com',
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

/**
 * The form two spellings of one mailbox share: trimmed and lower-cased; for Gmail only (gmail.com,
 * googlemail.com), dots and "+tag" dropped from the local part and googlemail.com mapped to gmail.com.
 * Other providers treat dots and "+" differently, so their addresses are only trimmed and lower-cased.
 */
export function canonicalEmail(raw: string): string {
  const email = normaliseEmail(raw);
  const at = email.lastIndexOf('@');
  const domain = email.slice(at + 1);
  if (at < 1 || (domain !== 'gmail.com' && domain !== 'googlemail.com')) return email;
  const local = (email.slice(0, at).split('+')[0] ?? '').replace(/\./g, '');
  return local ? `${local}@gmail.com` : email;
}
