import { organisationKey } from '../../identity/keys';
import { organisationDomainOf } from '../../identity/organisation';
import type { Contact, Organisation } from '../../schema/records';
import { linkedTo, type OrganisationClue, organisationForNow } from '../organisations/link';

/**
 * Links imported contacts to organisations by the one rule (organisations/link.ts: same name key,
 * else the owner of a work domain), held in memory for the whole file; else to a new organisation
 * named after the company the file gave, which collects its people's unclaimed work domains.
 */
export class OrganisationLinker {
  private readonly byName = new Map<string, Organisation>();
  private readonly byDomain = new Map<string, Organisation>();
  private readonly fresh: Organisation[] = [];
  private readonly freshIds = new Set<string>();
  /** A file names the same few companies and domains over and over: normalise each once. */
  private readonly nameKeys = new Map<string, string>();
  private readonly domainOf = new Map<string, string | null>();
  private readonly lookup = {
    get: (clue: OrganisationClue) => (clue.by === 'nameKey' ? this.byName : this.byDomain).get(clue.key),
  };

  constructor(
    existing: readonly Organisation[],
    private readonly now: number,
    private readonly newId: () => string,
  ) {
    for (const org of existing) this.remember(org);
  }

  /** The contact with orgId (and orgName) set when an organisation fits; the same object otherwise. */
  link(contact: Contact): Contact {
    if (contact.orgId) return contact;
    const domains = this.workDomains(contact.emails);
    let org = organisationForNow(this.lookup, contact);
    if (!org && contact.orgName && this.nameKey(contact.orgName)) org = this.create(contact.orgName, domains);
    else if (org && this.freshIds.has(org.id)) this.claim(org, domains);
    return org ? linkedTo(contact, org) : contact;
  }

  /** Organisations made by `link`, to be written with the contacts. */
  created(): readonly Organisation[] {
    return this.fresh;
  }

  private create(name: string, domains: readonly string[]): Organisation {
    const org: Organisation = { id: this.newId(), name, domains: [], createdAt: this.now, updatedAt: this.now };
    this.fresh.push(org);
    this.freshIds.add(org.id);
    this.remember(org);
    this.claim(org, domains);
    return org;
  }

  /** A new organisation collects the work domains of its people that nobody owns yet. */
  private claim(org: Organisation, domains: readonly string[]): void {
    for (const domain of domains) {
      if (this.byDomain.has(domain)) continue;
      org.domains.push(domain);
      this.byDomain.set(domain, org);
    }
  }

  private nameKey(name: string): string {
    let key = this.nameKeys.get(name);
    if (key === undefined) {
      key = organisationKey(name);
      this.nameKeys.set(name, key);
    }
    return key;
  }

  private workDomains(emails: readonly string[]): string[] {
    const domains: string[] = [];
    for (const email of emails) {
      const at = email.lastIndexOf('@');
      const host = email.slice(at + 1);
      let domain = this.domainOf.get(host);
      if (domain === undefined) {
        domain = organisationDomainOf(email);
        this.domainOf.set(host, domain);
      }
      if (domain && !domains.includes(domain)) domains.push(domain);
    }
    return domains;
  }

  private remember(org: Organisation): void {
    const key = this.nameKey(org.name);
    if (key && !this.byName.has(key)) this.byName.set(key, org);
    for (const domain of org.domains) if (!this.byDomain.has(domain)) this.byDomain.set(domain, org);
  }
}
