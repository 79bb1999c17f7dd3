export interface Bar {
  key: string;
  label: string;
  value: number;
  /** A part of the value drawn in the alert colour (e.g. overdue complaints). */
  alert?: number;
  /** How the value reads, e.g. "1,234" or "12 (3 overdue)". */
  text: string;
  tone?: 'accent' | 'good' | 'warn' | 'bad' | 'muted';
}

const ROW = 26;
const LABEL_W = 150;
const BAR_W = 280;

/**
 * Horizontal bars, one per category. The picture is for the eye; the same numbers are in the
 * aria-label, so a screen reader hears the whole chart as one sentence.
 */
export function BarChart({ bars, label }: { bars: Bar[]; label: string }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const height = bars.length * ROW;
  return (
    <svg
      class="chart bar-chart"
      viewBox={`0 0 ${LABEL_W + BAR_W + 90} ${height}`}
      role="img"
      aria-label={`${label}: ${bars.map((b) => `${b.label} ${b.text}`).join('; ')}`}
    >
      {bars.map((bar, k) => {
        const y = k * ROW;
        const w = (bar.value / max) * BAR_W;
        const alertW = ((bar.alert ?? 0) / max) * BAR_W;
        return (
          <g key={bar.key} data-bar={bar.key}>
            <text x={LABEL_W - 8} y={y + ROW / 2} class="chart-label" text-anchor="end" dominant-baseline="middle">
              {bar.label}
            </text>
            <rect
              x={LABEL_W}
              y={y + 4}
              width={Math.max(w, bar.value > 0 ? 2 : 0)}
              height={ROW - 8}
              rx={3}
              class={`fill-${bar.tone ?? 'accent'}`}
            />
            {alertW > 0 ? <rect x={LABEL_W} y={y + 4} width={alertW} height={ROW - 8} rx={3} class="fill-bad" /> : null}
            <text x={LABEL_W + w + 6} y={y + ROW / 2} class="chart-value" dominant-baseline="middle">
              {bar.text}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
