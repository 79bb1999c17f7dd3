/** Who the rep is: the name stamped on what they write and matched by "Mine". */
import { storage } from 'wxt/utils/storage';
import { teamSyncItem } from './team';

/** The name the rep gave this browser, used while no team is set up ('' = none: shown as "You"). */
export const repNameItem = storage.defineItem<string>('local:repName', { fallback: '', version: 1 });

/** The rep's name: their team username while a team is set up, else the name they gave here. */
export async function currentRepName(): Promise<string> {
  const [team, name] = await Promise.all([teamSyncItem.getValue(), repNameItem.getValue()]);
  return (team.enabled && team.username.trim()) || name.trim();
}
