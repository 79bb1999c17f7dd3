import { useI18n } from '@/components/i18n';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import './import.css';
// `?worker` rather than `new URL(…, import.meta.url)`: WXT rewrites import.meta.url, hiding that pattern from Vite.
import ParseWorker from './parse.worker?worker';

/** Files are parsed and encrypted in a worker, so big ones never freeze the dashboard. */
const createWorker = () => new ParseWorker({ name: 'rapport-import' });

export function ImportView() {
  const { t } = useI18n();
  return (
    <div class="io-view">
      <h2>{t('dashboard.view.Import')}</h2>
      <ImportPanel createWorker={createWorker} />
      <ExportPanel createWorker={createWorker} />
    </div>
  );
}
