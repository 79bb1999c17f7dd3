import { TierBadge } from '@/components/TierBadge';
import type { SearchHit } from './use-search';

/** The contact the quick note goes to. */
export interface ChosenContact {
  id: string;
  name: string;
}

/** Found or recent contacts as buttons; pressing one chooses it for the quick note. */
export function ContactButtons({
  label,
  hits,
  chosenId,
  onChoose,
}: {
  label: string;
  hits: SearchHit[];
  chosenId: string | undefined;
  onChoose: (contact: ChosenContact) => void;
}) {
  if (hits.length === 0) return null;
  return (
    <ul class="results" aria-label={label}>
      {hits.map((hit) => (
        <li key={hit.id}>
          <button type="button" aria-pressed={chosenId === hit.id} onClick={() => onChoose(hit)}>
            <span class="who">
              <span>{hit.name}</span>
              <small>{[hit.emails[0], hit.orgName].filter(Boolean).join(' · ')}</small>
            </span>
            {hit.tier || hit.prospect ? <TierBadge tier={hit.tier} prospect={hit.prospect} /> : null}
          </button>
        </li>
      ))}
    </ul>
  );
}
