/**
 * Revised drafts in the app: the presenter's 导入修订稿 dialog, the 修订对照 drawer, and what the
 * rehearsal report says about slides changed since they were rehearsed. The summary's own lines
 * (counts, lists, backup) are the CLI's (`cli.updated*`), so both say the same.
 */
export const zh = {
  'revision.button': '导入修订稿',
  'revision.button.title': '把报告的新一稿（修改稿、定稿）导入这份演示，保留手工修改，标出改动',
  'revision.title': '导入修订稿',
  'revision.intro': '选择报告的新一稿（.docx、.txt、PDF 等）。文字没变的幻灯片保留全部手工修改（标题、要点、版式、图片、隐藏、时间、排练记录）；文字有改动的幻灯片保留仍然适用的修改，并标为“请复核”；新段落自动生成幻灯片；删去段落的幻灯片会删除。不能保留的手工修改逐条列出。更新前的幻灯片文件另存备份。',
  'revision.choose': '选择修订稿…',
  'revision.running': '正在导入 {file}，请稍候…',
  'revision.failed': '没能导入 {file}：{message}',
  'revision.created': '这份报告还没有幻灯片文件：已先保存为 {file}，再导入修订稿。',
  'revision.showChanges': '查看修订对照',
  'revision.close': '关闭',
  'revision.goto': '跳到这一张',
  'revision.mark.changed.title': '导入修订稿 {current} 时这一页的文字改动了：请核对标题和要点',
  'revision.mark.added.title': '这一页是修订稿 {current} 新增的文字，自动生成：请核对标题和要点',
  'changes.button': '修订对照',
  'changes.button.title': '上次导入修订稿改动、新增、删除了哪些文字，逐张幻灯片列出',
  'changes.hint': '点幻灯片标题跳到那一张。',
  'changes.empty': '这份演示还没有导入过修订稿。',
  'changes.unplacedOn': '{where}《{title}》',
  'rehearsal.report.unrehearsedChanges': '改动后还没有排练的幻灯片（{n} 张）',
  'rehearsal.report.unrehearsedChanges.hint': '这些幻灯片的文字被修订稿 {current} 改动或新增，之后的排练还没有读到它们。',
  'rehearsal.report.unrehearsedChanges.none': '修订稿 {current} 改动的幻灯片都已排练过。',
};

export const en: { readonly [K in keyof typeof zh]: string } = {
  'revision.button': 'New draft',
  'revision.button.title': 'Bring a new draft of the report into this deck, keeping the hand edits and marking what changed',
  'revision.title': 'Import a revised draft',
  'revision.intro': 'Choose the new draft of the report (.docx, .txt, PDF …). Slides whose text is unchanged keep every hand edit (title, points, layout, picture, hidden, time, rehearsal data); slides whose text changed keep the edits that still fit and are marked “check”; new passages get automatic slides; slides of removed passages are removed. Every hand edit that cannot stay is listed. The deck as it was is kept as a backup.',
  'revision.choose': 'Choose the new draft…',
  'revision.running': 'Bringing in {file}…',
  'revision.failed': 'Could not bring in {file}: {message}',
  'revision.created': 'This report had no deck file yet: it was first saved as {file}, then updated.',
  'revision.showChanges': 'See what changed',
  'revision.close': 'Close',
  'revision.goto': 'Go to this slide',
  'revision.mark.changed.title': 'The revised draft {current} changed this slide\'s text: check its title and points',
  'revision.mark.added.title': 'This slide is new text from the revised draft {current}, planned automatically: check its title and points',
  'changes.button': 'Changes',
  'changes.button.title': 'What the last revised draft changed, added and removed, slide by slide',
  'changes.hint': 'Click a slide’s title to go to it.',
  'changes.empty': 'No revised draft has been brought into this deck.',
  'changes.unplacedOn': '{where} “{title}”',
  'rehearsal.report.unrehearsedChanges': 'Slides not rehearsed since they changed ({n})',
  'rehearsal.report.unrehearsedChanges.hint': 'The revised draft {current} changed or added these slides\' text; no rehearsal has read them since.',
  'rehearsal.report.unrehearsedChanges.none': 'Every slide the revised draft {current} changed has been rehearsed.',
};
