/**
 * What the background answers, as the database shapes it. Type-only, and gathered here so that the
 * contract names the database's view types in one place.
 */

export type { ComplaintView } from '../db/complaints/complaints';
export type { AtRiskItem } from '../db/contacts/at-risk';
export type { ContactCard } from '../db/contacts/cards';
export type { ContactDetail } from '../db/contacts/detail';
export type { DuplicateSuggestion } from '../db/contacts/duplicates';
export type { FollowUpItem } from '../db/contacts/followups';
export type { BuildProgress, ListPage } from '../db/contacts/list';
/** An organisation as a company page shows it, with the contacts saved at it. */
export type { OrganisationView as OrganisationOnPage } from '../db/contacts/lookup';
export type { BookSummary, Facet } from '../db/contacts/summary';
export type { StorePage } from '../db/export-page';
export type { ImportPlanSummary } from '../db/import/plan';
export type { ImportOutcome } from '../db/import/writes';
export type { LogThreadResult } from '../db/interactions/interactions';
export type { TouchResult } from '../db/interactions/linkedin-touch';
export type { NoteHit } from '../db/notes/notes';
export type { OrganisationView } from '../db/organisations/organisations';
export type { RestorePreview } from '../db/restore/dry-run';
export type { StoreName } from '../db/schema';
