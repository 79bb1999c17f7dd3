import { Duplicates } from './Duplicates';

export function DuplicatesView() {
  return <Duplicates />;
}
