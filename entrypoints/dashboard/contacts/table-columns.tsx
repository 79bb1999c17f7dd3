import type { JSX } from 'preact';
import { StageBadge, TierBadge } from '@/components/TierBadge';
import type { ContactRow } from '@/lib/db/contacts/columns';
import type { I18n, MessageKey } from '@/lib/i18n';
import type { SortKey } from '@/lib/schema/contact-sort';

export interface TableColumn {
  key: SortKey;
  label: MessageKey;
  /** The first click sorts this way: names A→Z, amounts largest first. */
  firstDir: 'asc' | 'desc';
  numeric?: boolean;
  cell(row: ContactRow, i18n: I18n): JSX.Element | string;
}

const dash = '—';

export const TABLE_COLUMNS: TableColumn[] = [
  {
    key: 'name',
    label: 'dashboard.col.name',
    firstDir: 'asc',
    // A real link for middle-click and "open in new tab"; the grid, not the link, takes focus.
    cell: (row) => (
      <a class="contact-link" href={`#contact/${encodeURIComponent(row.id)}`} tabIndex={-1} title={row.email}>
        {row.name}
      </a>
    ),
  },
  { key: 'org', label: 'dashboard.col.org', firstDir: 'asc', cell: (row) => row.orgName ?? dash },
  {
    key: 'tier',
    label: 'dashboard.col.tier',
    firstDir: 'asc',
    cell: (row) => <TierBadge tier={row.tier} prospect={row.prospect} />,
  },
  {
    key: 'stage',
    label: 'dashboard.col.stage',
    firstDir: 'asc',
    cell: (row) => (row.stage ? <StageBadge stage={row.stage} /> : dash),
  },
  {
    key: 'value',
    label: 'dashboard.col.value',
    firstDir: 'desc',
    numeric: true,
    cell: (row, { money }) => (row.value === undefined ? dash : money(row.value)),
  },
  {
    key: 'clv',
    label: 'dashboard.col.clv',
    firstDir: 'desc',
    numeric: true,
    cell: (row, { money }) => (row.clv === undefined ? dash : money(row.clv)),
  },
  {
    key: 'pAlive',
    label: 'dashboard.col.pAlive',
    firstDir: 'desc',
    numeric: true,
    cell: (row, { percent }) => (row.pAlive === undefined ? dash : percent(row.pAlive)),
  },
  {
    key: 'risk',
    label: 'dashboard.col.risk',
    firstDir: 'desc',
    cell: (row, { t }) =>
      row.risk ? <span class={`badge risk-${row.risk}`}>{t(`dashboard.risk.${row.risk}`)}</span> : dash,
  },
  {
    key: 'lastTouch',
    label: 'dashboard.col.lastTouch',
    firstDir: 'desc',
    numeric: true,
    cell: (row, { date }) => (row.lastTouch === undefined ? dash : date(row.lastTouch)),
  },
];
