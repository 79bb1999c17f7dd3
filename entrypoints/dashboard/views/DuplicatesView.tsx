import { Duplicates } from '@/components/sites/Duplicates';

export function DuplicatesView() {
  return <Duplicates />;
}
