// The table is the APG grid pattern over a virtual list: the grid element holds focus and points
// at the selected row with aria-activedescendant, so rows and cells are neither focusable nor
// keyed themselves, and a <table> cannot be windowed with absolutely placed rows.
// biome-ignore-all lint/a11y/useFocusableInteractive: rows are reached via aria-activedescendant
// biome-ignore-all lint/a11y/useSemanticElements: a virtual list needs positioned divs, not table rows
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { describeError, useI18n } from '@/components/i18n';
import type { ListSort } from '@/lib/db/contacts/query';
import { count } from '../format';
import { GridRow } from './GridRow';
import { TABLE_COLUMNS } from './table-columns';
import { type ContactQuery, useContactPages } from './use-contact-pages';
import { useIndexProgress } from './use-index-progress';
import { useVirtualWindow } from './use-virtual-window';

/** Must match `.contacts-grid [role="row"]` height in dashboard.css. */
export const ROW_HEIGHT = 36;
/** Placeholder rows drawn while the first page is on its way. */
const SKELETON_ROWS = 12;

interface Props {
  query: ContactQuery;
  onSort(sort: ListSort): void;
  onOpen(id: string): void;
}

/**
 * The contacts table as an ARIA grid over a virtual list: however many contacts match, the DOM
 * holds only the rows on screen. The grid takes focus; arrows move the selection, Enter opens.
 */
export function ContactsGrid({ query, onSort, onOpen }: Props) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const scroller = useRef<HTMLDivElement>(null);
  const [total, setTotal] = useState(0);
  const win = useVirtualWindow(scroller, ROW_HEIGHT, total);
  const pages = useContactPages(query, win.first, win.last);
  const [selected, setSelected] = useState(-1);
  const key = JSON.stringify(query);
  const waiting = pages.total === null && !pages.error;
  const progress = useIndexProgress(waiting);

  useEffect(() => {
    if (pages.total !== null && !pages.stale) setTotal(pages.total);
  }, [pages.total, pages.stale]);
  useEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
    setSelected(-1);
  }, [key]);

  const headerHeight = () => scroller.current?.querySelector<HTMLElement>('.grid-head')?.offsetHeight ?? ROW_HEIGHT;
  const select = (index: number) => {
    const next = Math.max(0, Math.min(total - 1, index));
    setSelected(next);
    const el = scroller.current;
    if (!el) return;
    const top = next * ROW_HEIGHT;
    const room = el.clientHeight - headerHeight();
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + ROW_HEIGHT > el.scrollTop + room) el.scrollTop = top + ROW_HEIGHT - room;
  };
  const open = (index: number) => {
    const row = pages.row(index);
    if (row) onOpen(row.id);
  };
  // Rows skip re-rendering, so they get one stable callback that always sees this render.
  const latestPick = useRef<(index: number) => void>(() => undefined);
  latestPick.current = (index: number) => {
    setSelected(index);
    open(index);
  };
  const pick = useCallback((index: number) => latestPick.current(index), []);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.target !== scroller.current || total === 0) return;
    const moves: Record<string, number> = {
      ArrowDown: selected + 1,
      ArrowUp: selected - 1,
      PageDown: selected + win.perScreen,
      PageUp: selected - win.perScreen,
      Home: 0,
      End: total - 1,
    };
    const to = moves[e.key];
    if (to !== undefined) {
      e.preventDefault();
      select(selected < 0 ? Math.max(0, win.first) : to);
    } else if (e.key === 'Enter' && selected >= 0) {
      e.preventDefault();
      open(selected);
    }
  };
  const onFocus = (e: FocusEvent) => {
    if (e.target === scroller.current && selected < 0 && total > 0) setSelected(firstVisible(scroller.current));
  };

  const rows: number[] = [];
  for (let i = win.first; i <= win.last && i < total; i++) rows.push(i);
  const skeleton = waiting ? [...Array(SKELETON_ROWS).keys()] : [];
  const active =
    selected >= win.first && selected <= win.last && selected < total ? `contact-row-${selected}` : undefined;
  const filtered = Object.values(query.filter).some((v) => (Array.isArray(v) ? v.length > 0 : !!v));

  return (
    <>
      <p class="grid-status" role="status">
        {pages.error
          ? describeError(i18n, pages.error)
          : pages.total === null
            ? t('dashboard.loading')
            : t(filtered ? 'dashboard.contacts.matching' : 'dashboard.contacts.total', {
                count: count(locale, pages.total),
              })}
        {progress ? (
          <>
            {' '}
            <progress
              class="grid-progress"
              aria-label={t('dashboard.loading')}
              max={progress.total || undefined}
              value={progress.total ? progress.read : undefined}
            />
          </>
        ) : null}
      </p>
      <div
        ref={scroller}
        class="contacts-grid"
        role="grid"
        tabIndex={0}
        aria-label={t('dashboard.contacts.gridLabel')}
        aria-rowcount={total + 1}
        aria-colcount={TABLE_COLUMNS.length}
        aria-activedescendant={active}
        aria-busy={pages.stale}
        onKeyDown={onKeyDown}
        onFocus={onFocus}
      >
        <div class="grid-head" role="rowgroup">
          <div role="row" aria-rowindex={1} class="grid-row">
            {TABLE_COLUMNS.map((col) => {
              const sorted = query.sort.key === col.key;
              const dir = sorted ? (query.sort.dir === 'asc' ? 'desc' : 'asc') : col.firstDir;
              return (
                <div
                  key={col.key}
                  role="columnheader"
                  class={col.numeric ? 'numeric' : undefined}
                  aria-sort={sorted ? (query.sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}
                >
                  <button type="button" data-sort={col.key} onClick={() => onSort({ key: col.key, dir })}>
                    {t(col.label)}
                    <span aria-hidden="true" class="sort-mark">
                      {sorted ? (query.sort.dir === 'asc' ? '▲' : '▼') : ''}
                    </span>
                  </button>
                </div>
              );
            })}
          </div>
        </div>
        <div class="grid-body" role="rowgroup" style={{ height: `${Math.max(total, skeleton.length) * ROW_HEIGHT}px` }}>
          {skeleton.map((i) => (
            <div
              key={`skeleton-${i}`}
              class="grid-row"
              aria-hidden="true"
              style={{ transform: `translateY(${i * ROW_HEIGHT}px)` }}
            >
              {TABLE_COLUMNS.map((col) => (
                <div key={col.key} class="placeholder" style={{ padding: '0 8px' }}>
                  …
                </div>
              ))}
            </div>
          ))}
          {/* Keyed by slot, not by row: a row scrolled out lends its elements to the one scrolled in,
              so a fast scroll patches text instead of building and removing a screen of rows. */}
          {rows.map((i) => (
            <GridRow
              key={i % rows.length}
              index={i}
              row={pages.row(i)}
              selected={i === selected}
              top={i * ROW_HEIGHT}
              i18n={i18n}
              onPick={pick}
            />
          ))}
        </div>
      </div>
      {pages.total === 0 ? <p class="grid-empty">{t('dashboard.contacts.none')}</p> : null}
    </>
  );
}

function firstVisible(el: HTMLElement | null): number {
  return el ? Math.floor(el.scrollTop / ROW_HEIGHT) : 0;
}
