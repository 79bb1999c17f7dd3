import { render } from 'preact';
import '@/components/theme.css';
import './popup.css';
import { requestPersistentStorage } from '@/lib/pages/persist-storage';
import { App } from './App';

const root = document.getElementById('app');
if (root) render(<App />, root);
requestPersistentStorage();
