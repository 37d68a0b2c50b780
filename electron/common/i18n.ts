/**
 * Shared UI dictionaries (Simplified Chinese first, English available). Lives in
 * electron/common so both the Electron main process (menus, dialogs) and the renderer
 * may import it: lint forbids electron/main from importing renderer/. Data only.
 *
 * `{name}` placeholders are filled by `format`.
 */
import type { UiLang } from './contract.ts';

export const DEFAULT_LANG: UiLang = 'zh-CN';
export const UI_LANGS: readonly UiLang[] = ['zh-CN', 'en'];

const zhCN = {
  'app.name': 'Podium 讲台',
  'lang.name': '简体中文',

  'menu.file': '文件',
  'menu.file.open': '打开报告…',
  'menu.file.openRecent': '最近打开',
  'menu.file.openRecent.none': '（无）',
  'menu.file.openRecent.clear': '清除列表',
  'menu.file.export': '导出',
  'menu.file.quit': '退出',

  'export.slides': '幻灯片 PDF…',
  'export.notes': '备注页 PDF…',
  'export.handout': '讲义 PDF',
  'export.handout.perPage': '每页 {n}张…',
  'export.reading': '讲话稿 PDF…',
  'export.official': '公文版 PDF…',
  'export.saveTitle': '导出 PDF',
  'export.done': '已导出：{file}',
  'export.failed': '导出失败：{message}',
  'export.busy': '正在导出，请稍候。',
  'exportName.slides': '幻灯片',
  'exportName.notes': '备注页',
  'exportName.handout': '讲义（每页{n}张）',
  'exportName.reading': '讲话稿',
  'exportName.official': '公文版',
  'export.pdfFilter': 'PDF 文档',

  'menu.edit': '编辑',
  'menu.edit.undo': '撤销',
  'menu.edit.redo': '重做',
  'menu.edit.cut': '剪切',
  'menu.edit.copy': '复制',
  'menu.edit.paste': '粘贴',
  'menu.edit.selectAll': '全选',

  'menu.view': '视图',
  'menu.view.presenter': '演讲者视图',
  'menu.view.audience': '观众视图',
  'menu.view.teleprompter': '提词器',
  'menu.view.rehearsal': '排练报告',
  'menu.view.swapDisplays': '交换显示器',
  'menu.view.language': '界面语言',
  'menu.view.fullscreen': '全屏',

  'menu.present': '放映',
  'menu.present.start': '开始放映',
  'menu.present.black': '黑屏',
  'menu.present.white': '白屏',
  'menu.present.hold': '会标画面',

  'menu.help': '帮助',
  'menu.help.about': '关于 Podium 讲台',
  'about.detail': '把宣读的报告变成演示：会场幻灯片、逐字讲稿、计时排练、打印讲义。完全离线。\n版本 {version}',

  'dialog.open.title': '打开报告',
  'dialog.open.filter': '报告（.txt .md .docx）',
  'dialog.ok': '确定',
  'dialog.storeDamaged': '无法读取 {file}（{reason}）。已将其另存为 {backup}，讲台将使用默认设置继续运行。',
  'dialog.waylandPlacement': '本机桌面以原生 Wayland 运行，且没有 XWayland：讲台无法把窗口放到指定的显示器上。',
  'dialog.waylandPlacement.detail':
    '请把观众窗口拖到投影仪所在的屏幕，再按 F11 全屏。若要自动放置，请安装 XWayland（或选择 X11 会话）后重新启动讲台。',
} as const;

export type StringKey = keyof typeof zhCN;
export type Dictionary = { readonly [K in StringKey]: string };

const en: Dictionary = {
  'app.name': 'Podium',
  'lang.name': 'English',

  'menu.file': 'File',
  'menu.file.open': 'Open Report…',
  'menu.file.openRecent': 'Open Recent',
  'menu.file.openRecent.none': '(none)',
  'menu.file.openRecent.clear': 'Clear List',
  'menu.file.export': 'Export',
  'menu.file.quit': 'Quit',

  'export.slides': 'Slides PDF…',
  'export.notes': 'Notes Pages PDF…',
  'export.handout': 'Handout PDF',
  'export.handout.perPage': '{n} per Page…',
  'export.reading': 'Reading Copy PDF…',
  'export.official': 'Official Layout PDF…',
  'export.saveTitle': 'Export PDF',
  'export.done': 'Exported: {file}',
  'export.failed': 'Export failed: {message}',
  'export.busy': 'An export is running; please wait.',
  'exportName.slides': 'Slides',
  'exportName.notes': 'Notes Pages',
  'exportName.handout': 'Handout ({n} per page)',
  'exportName.reading': 'Reading Copy',
  'exportName.official': 'Official Layout',
  'export.pdfFilter': 'PDF document',

  'menu.edit': 'Edit',
  'menu.edit.undo': 'Undo',
  'menu.edit.redo': 'Redo',
  'menu.edit.cut': 'Cut',
  'menu.edit.copy': 'Copy',
  'menu.edit.paste': 'Paste',
  'menu.edit.selectAll': 'Select All',

  'menu.view': 'View',
  'menu.view.presenter': 'Presenter View',
  'menu.view.audience': 'Audience View',
  'menu.view.teleprompter': 'Teleprompter',
  'menu.view.rehearsal': 'Rehearsal Report',
  'menu.view.swapDisplays': 'Swap Displays',
  'menu.view.language': 'Language',
  'menu.view.fullscreen': 'Full Screen',

  'menu.present': 'Present',
  'menu.present.start': 'Start',
  'menu.present.black': 'Black Screen',
  'menu.present.white': 'White Screen',
  'menu.present.hold': 'Hold Screen',

  'menu.help': 'Help',
  'menu.help.about': 'About Podium',
  'about.detail':
    'Turns a report read aloud into a presentation: slides for the hall, the verbatim text for the speaker, timed rehearsal, print-ready handouts. Fully offline.\nVersion {version}',

  'dialog.open.title': 'Open Report',
  'dialog.open.filter': 'Reports (.txt .md .docx)',
  'dialog.ok': 'OK',
  'dialog.storeDamaged': '{file} could not be read ({reason}). It was kept as {backup}; Podium continues with defaults.',
  'dialog.waylandPlacement': 'This desktop runs native Wayland without XWayland: Podium cannot put its windows on a chosen display.',
  'dialog.waylandPlacement.detail':
    "Drag the audience window to the projector's screen and press F11 for fullscreen. For automatic placement, install XWayland (or choose an X11 session) and start Podium again.",
};

export const DICTIONARIES: { readonly [L in UiLang]: Dictionary } = { 'zh-CN': zhCN, en };

export function isUiLang(value: unknown): value is UiLang {
  return typeof value === 'string' && (UI_LANGS as readonly string[]).includes(value);
}

/** Fills `{name}` placeholders; an unknown placeholder stays visible so the mistake shows. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

export function t(lang: UiLang, key: StringKey, values?: Record<string, string | number>): string {
  const text = DICTIONARIES[lang][key];
  return values ? format(text, values) : text;
}
