import { Duplicates } from '@/entrypoints/dashboard/duplicates/Duplicates';

export function DuplicatesView() {
  return <Duplicates />;
}
