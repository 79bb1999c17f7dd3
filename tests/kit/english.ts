import { en } from '@/lib/i18n/en';
import { showEnglish } from '@/lib/i18n/page-english';

// Components rendered by unit tests show every English text, as the dashboard does.
showEnglish(en);
