import { cardZh } from './areas/card';
import { commonZh } from './areas/common';
import { dashboardZh } from './areas/dashboard';
import { importZh } from './areas/import';
import { popupZh } from './areas/popup';
import { sidebarZh } from './areas/sidebar';
import { sitesZh } from './areas/sites';
import type { MessageKey } from './en';

export const zhCN: Record<MessageKey, string> = {
  ...commonZh,
  ...cardZh,
  ...sidebarZh,
  ...popupZh,
  ...dashboardZh,
  ...importZh,
  ...sitesZh,
};
