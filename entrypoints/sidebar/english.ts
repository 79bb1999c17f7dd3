import { cardEn } from '@/lib/i18n/areas/card';
import { commonEn } from '@/lib/i18n/areas/common';
import { sidebarEn } from '@/lib/i18n/areas/sidebar';
import { sitesEn } from '@/lib/i18n/areas/sites';

/** The English the sidebar shows: no dashboard, import or popup texts in its first paint. */
export const sidebarEnglish = { ...commonEn, ...cardEn, ...sidebarEn, ...sitesEn };
