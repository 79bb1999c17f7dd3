import { cardZh } from './areas/zh/card';
import { commonZh } from './areas/zh/common';
import { dashboardZh } from './areas/zh/dashboard';
import { importZh } from './areas/zh/import';
import { popupZh } from './areas/zh/popup';
import { sidebarZh } from './areas/zh/sidebar';
import { sitesZh } from './areas/zh/sites';
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
