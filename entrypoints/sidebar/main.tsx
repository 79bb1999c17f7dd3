import { render } from 'preact';
import '@/components/theme.css';
import './sidebar.css';
import { showEnglish } from '@/lib/i18n/page-english';
import { App } from './App';
import { sidebarEnglish } from './english';
import { watchOwnPage } from './use-page';

watchOwnPage();
showEnglish(sidebarEnglish);
const root = document.getElementById('app');
if (root) render(<App />, root);
