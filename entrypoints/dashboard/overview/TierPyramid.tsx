import { TIERS, type Tier } from '@/lib/crm/types';

export interface PyramidLayer {
  tier: Tier;
  /** The count as the reader writes numbers. */
  count: string;
}

const W = 240;
const H = 200;
const APEX = 36;

/**
 * The value pyramid: few key customers at the top, many small ones at the base. Decorative
 * here: the view shows the same numbers in a table beside it.
 */
export function TierPyramid({ layers }: { layers: PyramidLayer[] }) {
  const layerH = H / TIERS.length;
  const widthAt = (k: number) => APEX + ((W - APEX) * k) / TIERS.length;
  return (
    <svg class="chart pyramid" viewBox={`0 0 ${W} ${H}`} aria-hidden="true">
      {layers.map((layer, k) => {
        const top = widthAt(k);
        const bottom = widthAt(k + 1);
        const y = k * layerH;
        const points = [
          [(W - top) / 2, y],
          [(W + top) / 2, y],
          [(W + bottom) / 2, y + layerH],
          [(W - bottom) / 2, y + layerH],
        ]
          .map((p) => p.join(','))
          .join(' ');
        return (
          <g key={layer.tier} data-tier={layer.tier}>
            <polygon points={points} class={`pyramid-${layer.tier}`} />
            <text x={W / 2} y={y + layerH / 2} class="pyramid-text" text-anchor="middle" dominant-baseline="middle">
              {layer.tier} · {layer.count}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
