import { contactSearchTokens } from '../db/contacts/put';
import type { Complaint, Feedback } from '../schema/crm-records';
import type { Contact, Deal, Interaction, Note, Organisation } from '../schema/records';
import { type DemoBehaviour, drawBehaviour, orderSchedule } from './behaviours';
import { demoComplaint, demoFeedback } from './complaints';
import {
  COMPANIES,
  COMPANY_SUFFIXES,
  DEMO_THREAD_PEOPLE,
  FIRST_NAMES,
  INTERMEDIARY_INDUSTRIES,
  LAST_NAMES,
  PUBLIC_INTEREST_INDUSTRIES,
  SUBJECTS,
  TITLES,
} from './people';
import { gamma, pick, seededRandom } from './random';

export interface DemoWorkspace {
  organisations: Organisation[];
  contacts: Contact[];
  deals: Deal[];
  interactions: Interaction[];
  notes: Note[];
  complaints: Complaint[];
  feedback: Feedback[];
  /** The moment the book is drawn for. */
  now: number;
}

const DAY = 86_400_000;
const HISTORY_DAYS = 720;

/**
 * A believable book of customers: steady, new, growing, declining, lapsed and reactivated buyers, prospects,
 * indirect customers who buy through a distributor, and public-interest bodies who do not buy at all; the
 * rep's mail around every order, answered half the time, and unanswered chasing of lapsed customers; open,
 * won and lost deals; complaints at every step; feedback. Same seed and `now`, same workspace.
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
  // A real book has many small accounts of one to three people around a few large ones.
  const smallAccounts = Math.max(0, Math.round(opts.contacts / 3) - organisations.length);
  for (let k = 0; k < smallAccounts; k++) {
    const [suffix, industry] = pick(random, COMPANY_SUFFIXES);
    const owner = LAST_NAMES[k % LAST_NAMES.length] ?? 'Lee';
    const name = `${owner} ${suffix}${k >= LAST_NAMES.length ? ` ${Math.floor(k / LAST_NAMES.length) + 1}` : ''}`;
    const domain = `${name.toLowerCase().replace(/\s+/g, '-')}.example`;
    organisations.push({
      id: id('org', organisations.length),
      name,
      domains: [domain],
      industry,
      size: pick(random, ['1-10', '11-50', '51-200'] as const),
      createdAt: now - HISTORY_DAYS * DAY,
      updatedAt: now - HISTORY_DAYS * DAY,
    });
  }

  const ws: DemoWorkspace = {
    organisations,
    contacts: [],
    deals: [],
    interactions: [],
    notes: [],
    complaints: [],
    feedback: [],
    now,
  };
  const usedEmails = new Set<string>();
  const counters = { complaints: 0 };

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

    const publicBody = org?.industry !== undefined && PUBLIC_INTEREST_INDUSTRIES.includes(org.industry);
    const behaviour: DemoBehaviour = fixed ? 'steady' : publicBody ? 'public-interest' : drawBehaviour(random);
    const createdAt = now - Math.floor((0.2 + 0.8 * random()) * HISTORY_DAYS) * DAY;
    const contact: Contact = {
      id: id('contact', n),
      name: fixed?.name ?? `${first} ${last}`,
      emails: [email],
      phones: random() < 0.6 ? [`+1 555 ${String(1000 + Math.floor(random() * 9000))}`] : [],
      title: fixed?.title ?? pick(random, TITLES),
      customerType: publicBody
        ? 'institutional'
        : org?.industry !== undefined && INTERMEDIARY_INDUSTRIES.includes(org.industry)
          ? 'intermediary'
          : 'consumer',
      // Indirect customers buy through a distributor: they bring no profit to us directly.
      directness: behaviour === 'indirect' ? 'indirect' : 'direct',
      source: pick(random, ['gmail', 'linkedin', 'import', 'manual']),
      tags: random() < 0.3 ? [pick(random, ['trade-show', 'referral', 'webinar', 'partner'])] : [],
      bad: !fixed && behaviour !== 'prospect' && random() < 0.02,
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
    addHistory(ws, contact, random, now, behaviour, fixed?.key ?? false, counters);
  }
  return ws;
}

function addHistory(
  ws: DemoWorkspace,
  contact: Contact,
  random: () => number,
  now: number,
  behaviour: DemoBehaviour,
  key: boolean,
  counters: { complaints: number },
): void {
  const spend = key ? 4000 : gamma(random, 3, 150 + 600 * random());
  // The showcase key account orders every ~18 days for the whole history, without a hole.
  const days = key ? showcaseDays(random) : orderSchedule(random, behaviour, HISTORY_DAYS);
  // Orders can predate the record: the contact was added to the workspace after the relationship began.
  const firstOrder = Math.max(...days, 0);
  if (days.length > 0) contact.createdAt = Math.min(contact.createdAt, now - firstOrder * DAY - DAY);
  contact.updatedAt = contact.createdAt;
  days.sort((a, b) => b - a);

  days.forEach((daysAgo, k) => {
    const at = now - daysAgo * DAY;
    const amount = Math.round(Math.max(20, gamma(random, 6, spend / 6)));
    // Some of the showcase account's orders are booked on the organisation, not on the buyer.
    const onOrg = key && k % 3 === 2 && contact.orgId;
    ws.deals.push({
      id: `${contact.id}-deal-${k}`,
      ...(onOrg ? {} : { contactId: contact.id }),
      ...(contact.orgId ? { orgId: contact.orgId } : {}),
      title: `Order ${k + 1}`,
      amount,
      currency: 'USD',
      date: at,
      status: 'won',
      cost: Math.round(amount * (0.15 + 0.2 * random())),
      createdAt: at,
    });
    addTouch(ws, contact, random, at - DAY * (1 + Math.floor(3 * random())), 'email', 'outbound');
    if (random() < 0.5) addTouch(ws, contact, random, at - DAY * (2 + Math.floor(5 * random())), 'email', 'inbound');
    if (random() < 0.5) addTouch(ws, contact, random, at + DAY * (1 + Math.floor(3 * random())), 'email', 'outbound');
    if (random() < 0.2)
      addTouch(ws, contact, random, at - DAY * 10, pick(random, ['call', 'meeting'] as const), 'outbound');
  });

  const last = days[days.length - 1];
  if (behaviour === 'lapsed' && last !== undefined && random() < 0.6) {
    // The rep keeps chasing a customer who stopped buying; nobody answers.
    for (let d = last - 20; d > 2; d -= 10 + Math.floor(random() * 15)) {
      addTouch(ws, contact, random, now - d * DAY, 'email', 'outbound');
    }
  }
  if (behaviour === 'prospect' || behaviour === 'public-interest' || behaviour === 'indirect') {
    const touches = 1 + Math.floor(random() * 4);
    for (let k = 0; k < touches; k++) {
      const at = now - Math.floor(3 + random() * 200) * DAY;
      addTouch(
        ws,
        contact,
        random,
        at,
        pick(random, ['email', 'call', 'meeting'] as const),
        random() < 0.4 ? 'inbound' : 'outbound',
      );
    }
  }
  addPipeline(ws, contact, random, now, behaviour, spend);
  if (key) addTouch(ws, contact, random, now - 3 * DAY, 'meeting', 'inbound');
  addCare(ws, contact, random, now, behaviour, key, counters, days.length > 0);
}

/** Every ~18 days (±4) from two years ago to a week or so ago. */
function showcaseDays(random: () => number): number[] {
  const days: number[] = [];
  for (let day = HISTORY_DAYS - 5; day > 5; day -= 14 + Math.floor(random() * 9)) days.push(day);
  return days;
}

/** Open deals (the pipeline) for prospects and some buyers; lost deals where a quote did not land. */
function addPipeline(
  ws: DemoWorkspace,
  contact: Contact,
  random: () => number,
  now: number,
  behaviour: DemoBehaviour,
  spend: number,
): void {
  const canBuy = behaviour !== 'public-interest' && behaviour !== 'indirect';
  if (canBuy && (behaviour === 'prospect' ? random() < 0.5 : random() < 0.15)) {
    const at = now - Math.floor(random() * 30) * DAY;
    ws.deals.push({
      id: `${contact.id}-open`,
      contactId: contact.id,
      ...(contact.orgId ? { orgId: contact.orgId } : {}),
      title: 'Quote',
      amount: Math.round(spend * (1 + random())),
      currency: 'USD',
      date: at,
      status: 'open',
      createdAt: at,
    });
  }
  if (canBuy && (behaviour === 'prospect' || behaviour === 'lapsed' || behaviour === 'declining') && random() < 0.3) {
    const at = now - Math.floor(30 + random() * 300) * DAY;
    ws.deals.push({
      id: `${contact.id}-lost`,
      contactId: contact.id,
      ...(contact.orgId ? { orgId: contact.orgId } : {}),
      title: 'Quote (went to a competitor)',
      amount: Math.round(spend * (1 + random())),
      currency: 'USD',
      date: at,
      status: 'lost',
      createdAt: at,
    });
  }
}

/** Notes, complaints (at every step across the book) and feedback. */
function addCare(
  ws: DemoWorkspace,
  contact: Contact,
  random: () => number,
  now: number,
  behaviour: DemoBehaviour,
  key: boolean,
  counters: { complaints: number },
  buys: boolean,
): void {
  if (random() < 0.25 || behaviour === 'indirect') {
    ws.notes.push({
      id: `${contact.id}-note`,
      contactId: contact.id,
      text:
        behaviour === 'indirect'
          ? 'Buys our products through Acme Distribution.'
          : pick(random, [
              'Prefers calls before 10am.',
              'Budget review in March.',
              'Asked about volume pricing.',
              'Met at the trade show.',
            ]),
      createdAt: contact.createdAt + DAY,
    });
  }
  if (buys && !key && random() < 0.1) {
    const complaint = demoComplaint(random, contact.id, counters.complaints, now, 'B');
    counters.complaints += 1;
    if (complaint) ws.complaints.push(complaint);
  }
  if (buys && random() < 0.3) ws.feedback.push(...demoFeedback(random, contact.id, behaviour, now));
}

function addTouch(
  ws: DemoWorkspace,
  contact: Contact,
  random: () => number,
  at: number,
  channel: 'email' | 'call' | 'meeting',
  direction: 'inbound' | 'outbound',
): void {
  if (at < contact.createdAt || at > ws.now) return;
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
