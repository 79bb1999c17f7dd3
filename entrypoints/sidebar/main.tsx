import { render } from 'preact';
import '@/components/theme.css';
import './sidebar.css';
import { App } from './App';
import { watchOwnPage } from './use-page';

watchOwnPage();
const root = document.getElementById('app');
if (root) render(<App />, root);
