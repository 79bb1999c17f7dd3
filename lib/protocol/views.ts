/**
 * What the background answers, as the database shapes it. Type-only, and gathered here so that the
 * contract names the database's view types in one place.
 */
export type { ContactCard } from '../db/cards';
export type { BuildProgress, ListPage } from '../db/contact-list';
export type { BookSummary, Facet } from '../db/contact-summary';
export type { AtRiskItem } from '../db/crm/at-risk';
export type { ComplaintView } from '../db/crm/complaints';
export type { ContactDetail } from '../db/crm/detail';
export type { FollowUpItem } from '../db/crm/followups';
export type { OrganisationView } from '../db/crm/organisations';
export type { StorePage } from '../db/export-page';
export type { DuplicateSuggestion } from '../db/identity-duplicates';
export type { TouchResult } from '../db/identity-linkedin';
/** An organisation as a company page shows it, with the contacts saved at it. */
export type { OrganisationView as OrganisationOnPage } from '../db/identity-lookup';
export type { ImportPlanSummary } from '../db/import-plan';
export type { ImportOutcome } from '../db/import-writes';
export type { LogThreadResult } from '../db/interactions';
export type { NoteHit } from '../db/notes';
export type { RestorePreview } from '../db/restore-dry-run';
export type { StoreName } from '../db/schema';
