import { contactSearchTokens } from '../db/contacts/put';
import type { Contact, Deal, Interaction, Note, Organisation } from '../schema/records';
import { COMPANIES, DEMO_THREAD_PEOPLE, FIRST_NAMES, LAST_NAMES, SUBJECTS, TITLES } from './people';
import { gamma, pick, seededRandom } from './random';

export interface DemoWorkspace {
  organisations: Organisation[];
  contacts: Contact[];
  deals: Deal[];
  interactions: Interaction[];
  notes: Note[];
}

const DAY = 86_400_000;
const HISTORY_DAYS = 720;

/**
 * A believable book of customers: purchase rhythms and drop-outs drawn the way the BG/NBD model
 * assumes (gamma-distributed rates, a chance to leave after each purchase), so value, tier and
 * lifecycle have something real to find. Same seed and `now`, same workspace.
 */
export function generateDemoWorkspace(opts: { contacts: number; now: number; seed?: number }): DemoWorkspace {
  const random = seededRandom(opts.seed ?? 42);
  const now = opts.now;
  const id = (prefix: string, n: number) => `${prefix}-${String(n).padStart(6, '0')}`;

  const organisations: Organisation[] = COMPANIES.map((c, i) => ({
    id: id('org', i),
    name: c.name,
    domains: [c.domain],
    industry: c.industry,
    size: c.size,
    createdAt: now - HISTORY_DAYS * DAY,
    updatedAt: now - HISTORY_DAYS * DAY,
  }));

  const ws: DemoWorkspace = { organisations, contacts: [], deals: [], interactions: [], notes: [] };
  const usedEmails = new Set<string>();

  for (let n = 0; n < opts.contacts; n++) {
    const fixed = DEMO_THREAD_PEOPLE[n];
    const first = pick(random, FIRST_NAMES);
    const last = pick(random, LAST_NAMES);
    const orgIndex = fixed ? fixed.company : random() < 0.8 ? Math.floor(random() * organisations.length) : -1;
    const org = organisations[orgIndex];
    let email =
      fixed?.email ??
      `${first}.${last}@${org ? org.domains[0] : pick(random, ['gmail.com', 'outlook.com', 'qq.com'])}`.toLowerCase();
    for (let k = 2; usedEmails.has(email); k++) email = email.replace('@', `${k}@`);
    usedEmails.add(email);

    const createdAt = now - Math.floor((0.2 + 0.8 * random()) * HISTORY_DAYS) * DAY;
    const contact: Contact = {
      id: id('contact', n),
      name: fixed?.name ?? `${first} ${last}`,
      emails: [email],
      phones: random() < 0.6 ? [`+1 555 ${String(1000 + Math.floor(random() * 9000))}`] : [],
      title: fixed?.title ?? pick(random, TITLES),
      customerType:
        org?.industry === 'Distribution' || org?.industry === 'Wholesale'
          ? 'intermediary'
          : org?.industry === 'Public sector' || org?.industry === 'Education'
            ? 'institutional'
            : 'consumer',
      directness: random() < 0.85 ? 'direct' : 'indirect',
      source: pick(random, ['gmail', 'linkedin', 'import', 'manual']),
      tags: random() < 0.3 ? [pick(random, ['trade-show', 'referral', 'webinar', 'partner'])] : [],
      bad: random() < 0.02,
      neverLog: false,
      search: [],
      createdAt,
      updatedAt: createdAt,
    };
    if (org) {
      contact.orgId = org.id;
      contact.orgName = org.name;
    }
    if (fixed) contact.linkedin = fixed.linkedin;
    contact.search = contactSearchTokens(contact);
    ws.contacts.push(contact);
    addHistory(ws, contact, random, now, fixed?.key ?? false);
  }
  return ws;
}

function addHistory(ws: DemoWorkspace, contact: Contact, random: () => number, now: number, key: boolean): void {
  const perDay = key ? 1 / 20 : gamma(random, 0.6, 1 / 40);
  const dropOut = key ? 0.01 : 0.05 + 0.25 * random();
  const spend = key ? 4000 : gamma(random, 3, 150 + 600 * random());
  let at = contact.createdAt;
  let alive = true;
  let k = 0;
  while (alive && at < now) {
    const amount = Math.round(Math.max(20, gamma(random, 6, spend / 6)));
    ws.deals.push({
      id: `${contact.id}-deal-${k}`,
      contactId: contact.id,
      ...(contact.orgId ? { orgId: contact.orgId } : {}),
      title: `Order ${k + 1}`,
      amount,
      currency: 'USD',
      date: at,
      status: 'won',
      cost: Math.round(amount * (0.15 + 0.2 * random())),
      createdAt: at,
    });
    addTouch(ws, contact, random, at - DAY * Math.floor(1 + 6 * random()), 'email', 'inbound');
    addTouch(
      ws,
      contact,
      random,
      at - DAY * Math.floor(7 + 7 * random()),
      pick(random, ['call', 'meeting', 'email'] as const),
      'outbound',
    );
    k++;
    alive = random() > dropOut;
    at += Math.max(1, Math.round(gamma(random, 1, 1 / perDay))) * DAY;
  }
  if (key) {
    // The showcase customer is a live key account whatever the draws gave: a recent order and a
    // meeting this week (no random draws, so every other contact stays as it was).
    ws.deals.push({
      id: `${contact.id}-deal-${k}`,
      contactId: contact.id,
      ...(contact.orgId ? { orgId: contact.orgId } : {}),
      title: `Order ${k + 1}`,
      amount: spend,
      currency: 'USD',
      date: now - 12 * DAY,
      status: 'won',
      cost: Math.round(spend * 0.25),
      createdAt: now - 12 * DAY,
    });
    addTouch(ws, contact, random, now - 3 * DAY, 'meeting', 'outbound');
  }
  if (random() < 0.25) {
    ws.notes.push({
      id: `${contact.id}-note`,
      contactId: contact.id,
      text: pick(random, [
        'Prefers calls before 10am.',
        'Budget review in March.',
        'Asked about volume pricing.',
        'Met at the trade show.',
      ]),
      createdAt: contact.createdAt + DAY,
    });
  }
}

function addTouch(
  ws: DemoWorkspace,
  contact: Contact,
  random: () => number,
  at: number,
  channel: 'email' | 'call' | 'meeting',
  direction: 'inbound' | 'outbound',
): void {
  if (at < contact.createdAt) return;
  ws.interactions.push({
    id: `${contact.id}-touch-${ws.interactions.length}`,
    contactIds: [contact.id],
    timeline: [[contact.id, at]],
    channel,
    direction,
    at,
    subject: pick(random, SUBJECTS),
    createdAt: at,
  });
}
