// One row of the contacts grid; see ContactsGrid for why rows are positioned divs that take no
// focus or keys of their own.
// biome-ignore-all lint/a11y/useFocusableInteractive: rows are reached via aria-activedescendant
// biome-ignore-all lint/a11y/useKeyWithClickEvents: the grid element handles the keys
// biome-ignore-all lint/a11y/useSemanticElements: a virtual list needs positioned divs, not table rows
import { Component } from 'preact';
import type { ContactRow } from '@/lib/db/contacts/columns';
import type { I18n } from '@/lib/i18n';
import { TABLE_COLUMNS } from './table-columns';

interface Props {
  index: number;
  row: ContactRow | undefined;
  selected: boolean;
  top: number;
  i18n: I18n;
  onPick(index: number): void;
}

/**
 * Re-rendered only when its own row, selection or language changes: while scrolling, only the
 * rows coming into view do any work.
 */
export class GridRow extends Component<Props> {
  override shouldComponentUpdate(next: Props): boolean {
    const p = this.props;
    return next.row !== p.row || next.selected !== p.selected || next.i18n !== p.i18n || next.top !== p.top;
  }

  override render({ index, row, selected, top, i18n, onPick }: Props) {
    return (
      <div
        id={`contact-row-${index}`}
        role="row"
        class="grid-row"
        aria-rowindex={index + 2}
        aria-selected={selected}
        data-contact-id={row?.id}
        style={{ transform: `translateY(${top}px)` }}
        onClick={() => onPick(index)}
      >
        {TABLE_COLUMNS.map((col) => (
          <div key={col.key} role="gridcell" class={col.numeric ? 'numeric' : undefined}>
            {row ? col.cell(row, i18n) : <span class="placeholder">…</span>}
          </div>
        ))}
      </div>
    );
  }
}
