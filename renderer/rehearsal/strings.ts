/**
 * UI text of the rehearsal views (report, controls in the presenter, teleprompter),
 * Simplified Chinese first and English. Kept beside the views that use it, in the same
 * shape as the presenter's dictionary (renderer/i18n/strings.ts) and filled by the
 * shared `format`; the current language comes from renderer/i18n.
 */
import type { UiLang } from '../../electron/common/contract.ts';
import { format } from '../../electron/common/i18n.ts';
import { currentLang } from '../i18n/index.ts';

const zhCN = {
  'rehearsal.pageTitle': '排练报告 · Podium 讲台',
  'rehearsal.noRuns': '还没有排练记录',
  'rehearsal.noRuns.hint': '在演讲者视图按 R 开始一次排练：每页用时都会记下（暂停不计），结束后在这里对照计划。',
  'rehearsal.headline.over': '预计 {total}，超出目标 {over}',
  'rehearsal.headline.under': '预计 {total}，比目标少 {under}',
  'rehearsal.headline.noTarget': '预计 {total}',
  'rehearsal.headline.basis.measured': '按实测语速 {rate} 估算',
  'rehearsal.headline.basis.plan': '按计划语速 {rate} 估算',
  'rehearsal.target': '目标',
  'rehearsal.planned': '计划',
  'rehearsal.lastRun': '最近一次',
  'rehearsal.measuredRate': '实测语速',
  'rehearsal.planRate': '计划语速',
  'rehearsal.runs': '排练次数',
  'rehearsal.run': '第 {n} 次',
  'rehearsal.run.recovered': '（意外中断后恢复）',
  'rehearsal.chart.title': '各部分用时：计划与实际',
  'rehearsal.chart.minutes': '分钟',
  'rehearsal.sections.title': '时间花在哪里',
  'rehearsal.sections.section': '部分',
  'rehearsal.sections.planned': '计划',
  'rehearsal.sections.actual': '最近一次',
  'rehearsal.sections.delta': '差额',
  'rehearsal.sections.rate': '语速',
  'rehearsal.opening': '开场',
  'rehearsal.closing': '结束语',
  'rehearsal.fit.title': '压缩方案：控制在目标以内',
  'rehearsal.fit.none': '当前计划在目标以内，无需压缩。',
  'rehearsal.fit.noTarget': '未设定目标时长：在 Markdown 前置信息中写 target: 50（分钟）或 target: "50:00"。',
  'rehearsal.fit.summary': '建议处理 {n} 张幻灯片，共节省 {saved}，压缩后 {after}',
  'rehearsal.fit.notEnough': '即使按全部建议处理，仍超出目标 {over}。',
  'rehearsal.fit.skip': '跳过',
  'rehearsal.fit.abridge': '只讲要点',
  'rehearsal.fit.reason.skippable': '标记为可跳过',
  'rehearsal.fit.reason.priority': '优先级较低',
  'rehearsal.fit.apply': '采用压缩方案',
  'rehearsal.fit.applied': '已采用：{n} 张幻灯片跳过或只讲要点',
  'rehearsal.fit.clear': '恢复完整计划',
  'rehearsal.applyRate': '按实测语速调整计划',
  'rehearsal.applyRate.done': '计划已按 {rate} 调整',
  'rehearsal.resetRate': '恢复计划语速',
  'rehearsal.exportCsv': '导出 CSV',
  'rehearsal.csv.run': '排练',
  'rehearsal.csv.startedAt': '开始时间',
  'rehearsal.csv.slideNumber': '页码',
  'rehearsal.csv.slideId': '幻灯片 ID',
  'rehearsal.csv.section': '部分',
  'rehearsal.csv.title': '标题',
  'rehearsal.csv.planned': '计划（秒）',
  'rehearsal.csv.actual': '实际（秒）',
  'rehearsal.rate.zh': '{n} 字/分',
  'rehearsal.rate.en': '{n} 词/分',
  'rehearsal.storeProblem': '排练记录无法读取：{reason}。已另存备份，已开始新的记录。',
  'rehearsal.storeProblem.backup': '备份：{key}',
  'rehearsal.saveFailed': '排练记录保存失败：{reason}',
  'rehearsal.deckError': '无法打开报告：{message}',

  'rehearse.start': '开始排练',
  'rehearse.start.title': '开始计时排练（R）',
  'rehearse.recording': '排练中 {time}',
  'rehearse.keep': '保存本次排练',
  'rehearse.abandon': '放弃',
  'rehearse.kept': '已保存第 {n} 次排练',
  'rehearse.abandoned': '已放弃本次排练',
  'rehearse.interrupted': '上次排练意外中断（已记录 {n} 张幻灯片，{time}）。',
  'rehearse.interrupted.keep': '保留',
  'rehearse.interrupted.discard': '丢弃',
  'rehearse.report': '排练报告',
  'rehearse.teleprompter': '提词器',

  'prompter.pageTitle': '提词器 · Podium 讲台',
  'prompter.playing': '滚动中',
  'prompter.paused': '已暂停',
  'prompter.speed': '速度 {speed}×',
  'prompter.rate.plan': '计划 {rate}',
  'prompter.rate.measured': '实测 {rate}',
  'prompter.assist.on': '辅助翻页：开',
  'prompter.assist.off': '辅助翻页：关',
  'prompter.assist.paused': '辅助翻页：已暂停（A 恢复）',
  'prompter.mirror': '镜像',
  'prompter.skipped': '（跳过）',
  'prompter.abridged': '（只讲要点）',
  'prompter.help': '空格/B 暂停 · ↑↓ 速度 · PgUp/PgDn 翻页 · J 回到当前页 · A 辅助翻页 · M 镜像 · T 语速来源 · +/− 字号',
} as const;

export type RehearsalStringKey = keyof typeof zhCN;

const en: { readonly [K in RehearsalStringKey]: string } = {
  'rehearsal.pageTitle': 'Rehearsal report · Podium',
  'rehearsal.noRuns': 'No rehearsals yet',
  'rehearsal.noRuns.hint': 'Press R in the presenter view to start a rehearsal: each slide’s time is recorded (pauses excluded) and compared with the plan here.',
  'rehearsal.headline.over': 'Predicted {total}, {over} over the target',
  'rehearsal.headline.under': 'Predicted {total}, {under} under the target',
  'rehearsal.headline.noTarget': 'Predicted {total}',
  'rehearsal.headline.basis.measured': 'at the measured pace of {rate}',
  'rehearsal.headline.basis.plan': 'at the planned pace of {rate}',
  'rehearsal.target': 'Target',
  'rehearsal.planned': 'Planned',
  'rehearsal.lastRun': 'Last run',
  'rehearsal.measuredRate': 'Measured pace',
  'rehearsal.planRate': 'Planned pace',
  'rehearsal.runs': 'Runs',
  'rehearsal.run': 'Run {n}',
  'rehearsal.run.recovered': ' (recovered after a crash)',
  'rehearsal.chart.title': 'Time per section: planned and actual',
  'rehearsal.chart.minutes': 'minutes',
  'rehearsal.sections.title': 'Where the time goes',
  'rehearsal.sections.section': 'Section',
  'rehearsal.sections.planned': 'Planned',
  'rehearsal.sections.actual': 'Last run',
  'rehearsal.sections.delta': 'Difference',
  'rehearsal.sections.rate': 'Pace',
  'rehearsal.opening': 'Opening',
  'rehearsal.closing': 'Closing',
  'rehearsal.fit.title': 'Fitting the target',
  'rehearsal.fit.none': 'The plan fits the target: nothing to cut.',
  'rehearsal.fit.noTarget': 'No target duration: set it in the Markdown front matter as target: 50 (minutes) or target: "50:00".',
  'rehearsal.fit.summary': 'Cut {n} slides to save {saved}: {after} in all',
  'rehearsal.fit.notEnough': 'Even with every proposed cut the plan is {over} over the target.',
  'rehearsal.fit.skip': 'Skip',
  'rehearsal.fit.abridge': 'Key points only',
  'rehearsal.fit.reason.skippable': 'marked skippable',
  'rehearsal.fit.reason.priority': 'lowest priority',
  'rehearsal.fit.apply': 'Use the shortened plan',
  'rehearsal.fit.applied': 'In use: {n} slides skipped or abridged',
  'rehearsal.fit.clear': 'Back to the full plan',
  'rehearsal.applyRate': 'Apply the measured pace to the plan',
  'rehearsal.applyRate.done': 'Plan timed at {rate}',
  'rehearsal.resetRate': 'Back to the planned pace',
  'rehearsal.exportCsv': 'Export CSV',
  'rehearsal.csv.run': 'Run',
  'rehearsal.csv.startedAt': 'Started',
  'rehearsal.csv.slideNumber': 'Slide',
  'rehearsal.csv.slideId': 'Slide id',
  'rehearsal.csv.section': 'Section',
  'rehearsal.csv.title': 'Title',
  'rehearsal.csv.planned': 'Planned (s)',
  'rehearsal.csv.actual': 'Actual (s)',
  'rehearsal.rate.zh': '{n} chars/min',
  'rehearsal.rate.en': '{n} words/min',
  'rehearsal.storeProblem': 'The saved rehearsals could not be read: {reason}. They were kept aside and a new history was started.',
  'rehearsal.storeProblem.backup': 'Backup: {key}',
  'rehearsal.saveFailed': 'Saving the rehearsal failed: {reason}',
  'rehearsal.deckError': 'The report cannot be opened: {message}',

  'rehearse.start': 'Rehearse',
  'rehearse.start.title': 'Start a timed rehearsal (R)',
  'rehearse.recording': 'Rehearsing {time}',
  'rehearse.keep': 'Keep this run',
  'rehearse.abandon': 'Abandon',
  'rehearse.kept': 'Run {n} kept',
  'rehearse.abandoned': 'Rehearsal abandoned',
  'rehearse.interrupted': 'The last rehearsal was cut short ({n} slides recorded, {time}).',
  'rehearse.interrupted.keep': 'Keep',
  'rehearse.interrupted.discard': 'Discard',
  'rehearse.report': 'Rehearsal report',
  'rehearse.teleprompter': 'Teleprompter',

  'prompter.pageTitle': 'Teleprompter · Podium',
  'prompter.playing': 'Scrolling',
  'prompter.paused': 'Paused',
  'prompter.speed': 'Speed {speed}×',
  'prompter.rate.plan': 'Planned {rate}',
  'prompter.rate.measured': 'Measured {rate}',
  'prompter.assist.on': 'Assist: on',
  'prompter.assist.off': 'Assist: off',
  'prompter.assist.paused': 'Assist: paused (A resumes)',
  'prompter.mirror': 'Mirrored',
  'prompter.skipped': '(skipped)',
  'prompter.abridged': '(key points only)',
  'prompter.help': 'Space/B pause · ↑↓ speed · PgUp/PgDn slides · J current slide · A assist · M mirror · T pace source · +/− size',
};

const DICTIONARIES: { readonly [L in UiLang]: { readonly [K in RehearsalStringKey]: string } } = { 'zh-CN': zhCN, en };

export function rt(key: RehearsalStringKey, values?: Record<string, string | number>): string {
  const text = DICTIONARIES[currentLang()][key];
  return values ? format(text, values) : text;
}

/** "232 字/分" / "151 words/min", for the deck's language. */
export function rateLabel(perMinute: number, lang: 'zh' | 'en'): string {
  return rt(lang === 'zh' ? 'rehearsal.rate.zh' : 'rehearsal.rate.en', { n: Math.round(perMinute) });
}

/** Applies this dictionary to elements marked `data-rt="key"`. */
export function applyRehearsalTranslations(root: ParentNode = document): void {
  for (const node of Array.from(root.querySelectorAll<HTMLElement>('[data-rt]'))) {
    const key = node.dataset['rt'];
    if (key && key in zhCN) node.textContent = rt(key as RehearsalStringKey);
  }
}
