import type { popupEn } from '../popup';

/** The Chinese of areas/popup.ts: loaded only when a page is shown in Chinese. */
export const popupZh: Record<keyof typeof popupEn, string> = {
  'popup.search': '搜索联系人',
  'popup.searchPlaceholder': '姓名、邮箱或公司…',
  'popup.noResults': '没有匹配的联系人。',
  'popup.noteFor': '给 {name} 的备注',
  'popup.noteUnfiled': '备注（未归档：未选择联系人）',
  'popup.clearContact': '不选择联系人',
  'popup.unfiled': '未归档备注',
  'popup.noUnfiled': '没有未归档的备注。',
  'popup.logPage': '记录此页面',
  'popup.unsupported': '打开一封 Gmail 邮件会话即可记录。',
  'popup.openSidebar': 'Gmail 上的侧边栏会显示每个会话中的联系人。',
  'popup.recent': '最近联系人',
  'popup.noRecent': '暂无：记录过会话的联系人会显示在这里。',
  'popup.notes': '备注',
  'popup.noNoteResults': '没有匹配的备注。',
  'popup.noteUnfiledTag': '未归档',
  'popup.openDashboard': '打开控制台',
  'popup.popup.enable': '在此网站上启用 Rapport',
  'popup.popup.disable': '在此网站上停用 Rapport',
  'popup.popup.enabled': 'Rapport 现在在此网站上运行。',
  'popup.popup.disabled': 'Rapport 不再在此网站上运行。',
  'popup.popup.denied': '浏览器未授予权限：没有任何更改。',
};
