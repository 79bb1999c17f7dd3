export interface Column {
  key: string;
  /** Under the column: where its range starts. */
  tick: string;
  /** The range in words, for the text alternative. */
  range: string;
  count: number;
}

const W = 520;
const H = 200;
const AXIS = 22;
const TOP = 16;

/** Vertical bars over ranges of a value; the numbers are in the aria-label. */
export function Histogram({
  columns,
  label,
  countText,
}: {
  columns: Column[];
  label: string;
  countText(n: number): string;
}) {
  const max = Math.max(1, ...columns.map((c) => c.count));
  const slot = W / Math.max(1, columns.length);
  const plot = H - AXIS - TOP;
  return (
    <svg
      class="chart histogram"
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label={`${label}: ${columns.map((c) => `${c.range} ${countText(c.count)}`).join('; ')}`}
    >
      <line x1={0} x2={W} y1={H - AXIS} y2={H - AXIS} class="chart-axis" />
      {columns.map((c, k) => {
        const h = (c.count / max) * plot;
        const x = k * slot;
        return (
          <g key={c.key} data-bin={c.key}>
            <rect x={x + 3} y={H - AXIS - h} width={slot - 6} height={h} rx={2} class="fill-accent" />
            <text x={x + slot / 2} y={H - AXIS - h - 4} class="chart-value" text-anchor="middle">
              {c.count > 0 ? c.count : ''}
            </text>
            <text x={x + slot / 2} y={H - 6} class="chart-tick" text-anchor="middle">
              {c.tick}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
