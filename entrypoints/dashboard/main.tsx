import { render } from 'preact';
import '@/components/theme.css';
import './dashboard.css';
import { en } from '@/lib/i18n/en';
import { showEnglish } from '@/lib/i18n/page-english';
import { requestPersistentStorage } from '@/lib/pages/persist-storage';
import { App } from './App';

showEnglish(en);
const root = document.getElementById('app');
if (root) render(<App />, root);
requestPersistentStorage();
