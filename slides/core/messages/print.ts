/**
 * The words the exports put on paper and in files (renderer/print, slides/export): slide
 * labels, page numbers, durations. A slide is "幻灯片 N", never "第 N 页", which on paper
 * reads as the sheet's own page number.
 */
export const zh = {
  'print.slideMark': '【幻灯片 {n}】',
  'print.slideName': '幻灯片 {n}',
  'print.continued': '（续）',
  'print.pageOf': '{page} / {total}',
  'print.minutes': '{m} 分钟',
  'print.minutesSeconds': '{m} 分 {s} 秒',
  'print.seconds': '{s} 秒',
} as const;

export const en: { readonly [K in keyof typeof zh]: string } = {
  'print.slideMark': '[Slide {n}]',
  'print.slideName': 'Slide {n}',
  'print.continued': ' (continued)',
  'print.pageOf': '{page} / {total}',
  'print.minutes': '{m} min',
  'print.minutesSeconds': '{m} min {s} s',
  'print.seconds': '{s} s',
};
