import { buildContactImport, type ContactImport } from './contact-import';
import type { RowProblem } from './errors';

export { toVCard } from './vcard-write';

export interface VCardValue {
  value: string;
  /** Lower-cased TYPE values ("work", "internet"…); "pref" marks the preferred one. */
  types: string[];
}

/** The properties of one card that a contact can use (vCard 3.0 and 4.0). */
export interface VCard {
  /** 1-based line of BEGIN:VCARD. */
  line: number;
  version?: string;
  formattedName?: string;
  familyName?: string;
  givenName?: string;
  /** Preferred first. */
  emails: VCardValue[];
  phones: VCardValue[];
  org?: string;
  title?: string;
  note?: string;
  urls: string[];
  categories: string[];
}

interface LogicalLine {
  line: number;
  text: string;
}

interface Property {
  name: string;
  params: Map<string, string[]>;
  value: string;
}

/** Reads every card in a .vcf file; an unterminated card is reported, not fatal. */
export function parseVCards(text: string): { cards: VCard[]; problems: RowProblem[] } {
  const cards: VCard[] = [];
  const problems: RowProblem[] = [];
  let card: VCard | undefined;
  for (const logical of unfold(text)) {
    const property = parseProperty(logical.text);
    if (!property) continue;
    if (property.name === 'BEGIN' && property.value.trim().toUpperCase() === 'VCARD') {
      if (card) problems.push({ line: card.line, reason: 'unterminated-vcard' });
      card = { line: logical.line, emails: [], phones: [], urls: [], categories: [] };
    } else if (property.name === 'END' && property.value.trim().toUpperCase() === 'VCARD') {
      if (card) cards.push(finishCard(card));
      card = undefined;
    } else if (card) {
      addProperty(card, property);
    }
  }
  if (card) problems.push({ line: card.line, reason: 'unterminated-vcard' });
  return { cards, problems };
}

/** Cards turned into validated drafts; cards that cannot become contacts are problems at their line. */
export function vcardsToImports(
  text: string,
  source = 'import:vcard',
): { drafts: ContactImport[]; problems: RowProblem[] } {
  const { cards, problems } = parseVCards(text);
  const drafts: ContactImport[] = [];
  for (const card of cards) {
    const result = buildContactImport(
      {
        name: card.formattedName,
        firstName: card.givenName,
        lastName: card.familyName,
        emails: card.emails.map((e) => e.value),
        phones: card.phones.map((p) => p.value),
        company: card.org,
        title: card.title,
        linkedin: card.urls,
        tags: card.categories,
        notes: card.note,
      },
      card.line,
      source,
    );
    if (result.ok) drafts.push(result.draft);
    else problems.push(result.problem);
  }
  problems.sort((a, b) => a.line - b.line);
  return { drafts, problems };
}

/** Joins folded lines (a line starting with a space or tab continues the previous one). */
function unfold(text: string): LogicalLine[] {
  const lines: LogicalLine[] = [];
  const physical = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  physical.forEach((raw, i) => {
    const last = lines[lines.length - 1];
    if ((raw.startsWith(' ') || raw.startsWith('\t')) && last) last.text += raw.slice(1);
    else if (raw.trim() !== '') lines.push({ line: i + 1, text: raw });
  });
  return lines;
}

/** "item1.EMAIL;TYPE=work,internet;PREF=1:ann@x.com" -> name, params, raw value. */
function parseProperty(text: string): Property | undefined {
  const colon = indexOutsideQuotes(text, ':');
  if (colon < 0) return undefined;
  const [rawName = '', ...rawParams] = splitOutsideQuotes(text.slice(0, colon), ';');
  const name = rawName
    .slice(rawName.lastIndexOf('.') + 1)
    .trim()
    .toUpperCase();
  const params = new Map<string, string[]>();
  for (const param of rawParams) {
    const eq = param.indexOf('=');
    // vCard 2.1/3.0 shorthand: "EMAIL;INTERNET;PREF:" means TYPE=INTERNET,PREF.
    const key = eq < 0 ? 'TYPE' : param.slice(0, eq).trim().toUpperCase();
    const values = (eq < 0 ? param : param.slice(eq + 1))
      .trim()
      .replace(/^"(.*)"$/, '$1')
      .split(',');
    const cleaned = values.map((v) => v.trim().toLowerCase()).filter(Boolean);
    params.set(key, [...(params.get(key) ?? []), ...cleaned]);
  }
  return { name, params, value: text.slice(colon + 1) };
}

function addProperty(card: VCard, { name, params, value }: Property): void {
  const types = params.get('TYPE') ?? [];
  if (params.has('PREF') && !types.includes('pref')) types.push('pref');
  switch (name) {
    case 'VERSION':
      card.version = value.trim();
      break;
    case 'FN':
      card.formattedName = unescapeText(value);
      break;
    case 'N': {
      const [family = '', given = ''] = splitStructured(value, ';');
      card.familyName = family;
      card.givenName = given;
      break;
    }
    case 'EMAIL':
      card.emails.push({ value: unescapeText(value).replace(/^mailto:/i, ''), types });
      break;
    case 'TEL':
      card.phones.push({ value: unescapeText(value).replace(/^tel:/i, ''), types });
      break;
    case 'ORG':
      card.org = splitStructured(value, ';')[0];
      break;
    case 'TITLE':
      card.title = unescapeText(value);
      break;
    case 'NOTE':
      card.note = card.note ? `${card.note}\n${unescapeText(value)}` : unescapeText(value);
      break;
    case 'URL':
    case 'X-SOCIALPROFILE':
      card.urls.push(unescapeText(value));
      break;
    case 'CATEGORIES':
      card.categories.push(...splitStructured(value, ','));
      break;
  }
}

/** Preferred address and number first, as vCard readers expect. */
function finishCard(card: VCard): VCard {
  const preferredFirst = (a: VCardValue, b: VCardValue) =>
    Number(b.types.includes('pref')) - Number(a.types.includes('pref'));
  card.emails.sort(preferredFirst);
  card.phones.sort(preferredFirst);
  return card;
}

/** Splits a structured value on unescaped separators, then unescapes each component. */
function splitStructured(value: string, separator: ';' | ','): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < value.length; i++) {
    const c = value.charAt(i);
    if (c === '\\') {
      current += c + value.charAt(i + 1);
      i++;
    } else if (c === separator) {
      parts.push(current);
      current = '';
    } else current += c;
  }
  parts.push(current);
  return parts.map(unescapeText);
}

function unescapeText(value: string): string {
  return value.replace(/\\(.)/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c)).trim();
}

function indexOutsideQuotes(text: string, char: string): number {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === '"') quoted = !quoted;
    else if (c === char && !quoted) return i;
  }
  return -1;
}

function splitOutsideQuotes(text: string, separator: string): string[] {
  const parts: string[] = [];
  let rest = text;
  for (let at = indexOutsideQuotes(rest, separator); at >= 0; at = indexOutsideQuotes(rest, separator)) {
    parts.push(rest.slice(0, at));
    rest = rest.slice(at + 1);
  }
  parts.push(rest);
  return parts;
}
