/**
 * English, the reference: every other language must have exactly these keys. One file per room in
 * areas/: a string lives in the area of the page that shows it (card: widgets several pages share).
 */

import { cardEn } from './areas/card';
import { commonEn } from './areas/common';
import { dashboardEn } from './areas/dashboard';
import { importEn } from './areas/import';
import { popupEn } from './areas/popup';
import { sidebarEn } from './areas/sidebar';
import { sitesEn } from './areas/sites';

export const en = {
  ...commonEn,
  ...cardEn,
  ...sidebarEn,
  ...popupEn,
  ...dashboardEn,
  ...importEn,
  ...sitesEn,
} as const;

export type MessageKey = keyof typeof en;
