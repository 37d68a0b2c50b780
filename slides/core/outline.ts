/**
 * Outline of a plain-text report (also .docx text, one paragraph per line): the title block,
 * headings with levels, paragraphs, and the closing. Every character of the normalised input
 * ends up in exactly one of them, which is what lets the notes give back the report.
 */
import { readHeading } from './headings.ts';
import { displayWidth, isCjkChar } from './text.ts';

export interface TitleBlock {
  /** The block's lines as written, salutation included: the title slide's notes. */
  lines: string[];
  title: string;
  /** The line starting with —— (e.g. ——在…大会上的报告). */
  subtitle?: string;
  /** A slogan line such as 坚定信心 勇担使命 砥砺奋进. */
  overline?: string;
  /** Speaker, date and similar lines. */
  byline: string[];
  salutation?: string;
}

export interface HeadingBlock {
  type: 'heading';
  /** 1 = top level (a section). */
  level: number;
  /** Label as written (一、, （三）), empty for unlabelled headings. */
  label: string;
  /** Heading text without label, as written. */
  text: string;
  /** The heading as read aloud (label and text): its share of the notes. */
  raw: string;
}

export interface ParagraphBlock {
  type: 'paragraph';
  /** Verbatim text (markup removed for Markdown). */
  text: string;
  /** Footnotes and endnotes of this paragraph (not read aloud). */
  footnotes?: string[];
}

export interface TableBlock {
  type: 'table';
  /** Rows of cell texts. */
  rows: string[][];
  /** A short line just above the table naming it (表1 主要经济指标), read with it. */
  caption?: string;
}

export type Block = HeadingBlock | ParagraphBlock | TableBlock;

export interface Outline {
  titleBlock?: TitleBlock;
  blocks: Block[];
  /** Closing paragraphs (final appeal, 谢谢大家), verbatim. */
  closing: string[];
}

/** A heading candidate before levels are assigned: rank orders label styles (see headings.ts). */
export interface RankedHeading {
  type: 'heading';
  rank: number;
  label: string;
  text: string;
  raw: string;
}

export type RawBlock = RankedHeading | ParagraphBlock | TableBlock;

const SENTENCE_END_CHARS = '。！？!?.；;…';
const MAX_TITLE_LINE_WIDTH = 40;
const MAX_TITLE_BLOCK_LINES = 8;

function lastChar(text: string): string {
  return text[text.length - 1] ?? '';
}

export function endsSentence(line: string): boolean {
  const trimmed = line.replace(/[”’」』）)"']+$/u, '');
  return SENTENCE_END_CHARS.includes(lastChar(trimmed));
}

export function hasCjk(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isCjkChar(text.charCodeAt(i))) return true;
  return false;
}

/** 各位代表、同志们： / 同志们： / Ladies and gentlemen, — a short line addressing the hall. */
export function isSalutation(line: string): boolean {
  const end = lastChar(line);
  if (hasCjk(line)) return (end === '：' || end === ':') && displayWidth(line) <= 30;
  const words = line.split(' ').length;
  if (words > 8) return false;
  return end === ',' || end === ':' || /^(good (morning|afternoon|evening)|ladies and gentlemen|dear |distinguished |friends|colleagues|hello|fellow )/i.test(line);
}

/** A line of two or more short space-separated groups of Han characters: 坚定信心 勇担使命 砥砺奋进. */
function isSloganLine(line: string): boolean {
  const groups = line.split(' ');
  if (groups.length < 2 || groups.length > 6) return false;
  return groups.every((g) => g.length >= 2 && g.length <= 10 && [...g].every((c) => isCjkChar(c.codePointAt(0) ?? 0) || '，、！!'.includes(c)));
}

function isBylineLine(line: string): boolean {
  if (/^[（(].*[）)]$/u.test(line)) return true;
  if (/(\d{4}|[X○〇零一二三四五六七八九]{2,4})年.{0,3}月/u.test(line)) return true;
  if (/^(by|remarks|speech|address|delivered|presented)\b/i.test(line)) return true;
  return /\b(january|february|march|april|may|june|july|august|september|october|november|december)\b/i.test(line) && /\d/.test(line);
}

function isSubtitleLine(line: string): boolean {
  return line.startsWith('——') || line.startsWith('—') || line.startsWith('--') || line.startsWith('– ');
}

/** An English heading: short, no end punctuation, mostly capitalised words (or numbered/Part N). */
export function isEnglishHeading(line: string): boolean {
  if (hasCjk(line) || displayWidth(line) > 44 || /[.,;:!?"”]$/.test(line)) return false;
  const words = line.split(' ');
  if (words.length > 10) return false;
  if (/^(part|chapter|section)\s+\w+/i.test(line) || /^([IVX]{1,4}|\d{1,2})\.\s+[A-Z]/.test(line)) return true;
  const significant = words.filter((w) => /^[A-Za-z][a-z'’-]{3,}$/.test(w) || /^[A-Z][A-Za-z'’-]*$/.test(w));
  if (significant.length === 0) return false;
  const capitalised = significant.filter((w) => /^[A-Z]/.test(w));
  return /^[A-Z0-9]/.test(line) && capitalised.length / significant.length >= 0.6;
}

/** Joins a hard-wrapped line to the one before it: a space between words, nothing between Han characters. */
function joiner(before: string, after: string): string {
  return isCjkChar(before.codePointAt(before.length - 1) ?? 0) && isCjkChar(after.codePointAt(0) ?? 0) ? '' : ' ';
}

/**
 * A paragraph assembled line by line in linear time: checks look at the last line and a running
 * width, never at the whole text so far (a 100,000-line paragraph stays cheap).
 */
export class ParagraphBuilder {
  private parts: string[] = [];
  private last = '';
  private total = 0;

  get isEmpty(): boolean {
    return this.parts.length === 0;
  }

  get lastLine(): string {
    return this.last;
  }

  /** Display width so far (see displayWidth). */
  get width(): number {
    return this.total;
  }

  /** Adds a line after a newline (lists, code) or, with `wrap`, as the continuation of a hard-wrapped line. */
  add(line: string, wrap: boolean): void {
    if (this.parts.length > 0) this.parts.push(wrap ? joiner(this.last, line) : '\n');
    this.parts.push(line);
    this.last = line;
    this.total += displayWidth(line);
  }

  /** The paragraph, trimmed; the builder starts over. */
  take(): string {
    const text = this.parts.join('').trim();
    this.parts = [];
    this.last = '';
    this.total = 0;
    return text;
  }
}

/** Reads the title block from the first lines; returns it and how many lines it used. */
export function readTitleBlock(lines: readonly string[]): { block?: TitleBlock; used: number } {
  const taken: string[] = [];
  let salutation: string | undefined;
  let used = 0;
  let english = true;
  for (let i = 0; i < lines.length && taken.length < MAX_TITLE_BLOCK_LINES; i++) {
    const line = lines[i] as string;
    if (line === '') {
      used = i + 1;
      continue;
    }
    if (hasCjk(line)) english = false;
    if (isSalutation(line) && (taken.length > 0 || i === 0)) {
      salutation = line;
      used = i + 1;
      break;
    }
    const short = displayWidth(line) <= MAX_TITLE_LINE_WIDTH && !endsSentence(line) && !readHeading(line);
    if (!short) break;
    // In English a short capitalised line after the title is a heading unless it reads as a byline.
    if (english && taken.length > 0 && !isBylineLine(line) && !isSubtitleLine(line)) break;
    taken.push(line);
    used = i + 1;
  }
  // A salutation alone is no title block: it opens the first paragraph (see outlineText).
  if (taken.length === 0) return { used: 0 };
  // A lone short line followed directly by body text is a title only if the text is long enough to need one.
  const block: TitleBlock = { lines: [...taken], title: '', byline: [] };
  if (salutation !== undefined) {
    block.lines.push(salutation);
    block.salutation = salutation;
  }
  const titleParts: string[] = [];
  let afterSubtitle = false;
  let titleClosed = false;
  for (const line of taken) {
    if (block.subtitle === undefined && isSubtitleLine(line)) {
      block.subtitle = line;
      afterSubtitle = true;
    } else if (block.overline === undefined && isSloganLine(line) && (titleParts.length === 0 || taken.indexOf(line) > 0)) {
      block.overline = line;
    } else if (afterSubtitle || isBylineLine(line) || (titleParts.length > 0 && (english || titleClosed))) {
      block.byline.push(line);
    } else {
      titleParts.push(line);
      continue;
    }
    // A title runs over consecutive lines only: once another line comes between, it is complete.
    if (titleParts.length > 0) titleClosed = true;
  }
  // Without a title line, the most title-like line present stands in: slogan, subtitle, byline.
  if (titleParts.length === 0 && block.overline !== undefined) {
    titleParts.push(block.overline);
    delete block.overline;
  } else if (titleParts.length === 0 && block.subtitle !== undefined) {
    titleParts.push(block.subtitle);
    delete block.subtitle;
  } else if (titleParts.length === 0 && block.byline.length > 0) {
    titleParts.push(block.byline.shift() as string);
  }
  block.title = titleParts.reduce((acc, part) => (acc === '' ? part : acc + joiner(acc, part) + part), '');
  return { block, used };
}

/** Closing material at the end: short thank-you lines, and a final appeal addressed to the hall. */
function closingStart(blocks: readonly RawBlock[]): number {
  let start = blocks.length;
  while (start > 0) {
    const block = blocks[start - 1] as RawBlock;
    if (block.type !== 'paragraph' || displayWidth(block.text) > 20 || !/(谢谢|感谢|thank)/iu.test(block.text)) break;
    start--;
  }
  const last = blocks[start - 1];
  if (last && last.type === 'paragraph' && start - 1 > 0) {
    const lead = last.text.slice(0, 30);
    const addressed = /^(各位|同志们|朋友们|女士们|亲爱的|Ladies|Friends|Colleagues)/iu.test(lead);
    if (addressed || /让我们|Let us|Let's/u.test(last.text.slice(-400))) start--;
  }
  return blocks.some((b, i) => i < start && b.type === 'paragraph') ? start : blocks.length;
}

/** Outline of normalised plain text (see normalizeText). */
export function outlineText(text: string): Outline {
  const lines = text.split('\n');
  const { block: titleBlock, used } = readTitleBlock(lines);
  const raw: RawBlock[] = [];
  const paragraph = new ParagraphBuilder();
  const endParagraph = (): void => {
    const text = paragraph.take();
    if (text !== '') raw.push({ type: 'paragraph', text });
  };
  let afterSalutation = false;
  for (let i = used; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line === '') {
      if (!afterSalutation) endParagraph();
      continue;
    }
    // 同志们： on its own line opens the paragraph that follows it.
    if (afterSalutation) {
      afterSalutation = false;
      if (!readHeading(line)) {
        paragraph.add(line, false);
        continue;
      }
    }
    if (isSalutation(line) && !readHeading(line)) {
      endParagraph();
      paragraph.add(line, false);
      afterSalutation = true;
      continue;
    }
    const heading = readHeading(line);
    if (heading) {
      endParagraph();
      raw.push({ type: 'heading', rank: heading.label.rank, label: heading.label.label, text: heading.text.trim(), raw: heading.raw });
      if (heading.rest.trim() !== '') paragraph.add(heading.rest.trim(), true);
      continue;
    }
    const next = lines[i + 1];
    if (!hasCjk(line) && isEnglishHeading(line) && next !== undefined && (next === '' || displayWidth(next) > displayWidth(line))) {
      endParagraph();
      raw.push({ type: 'heading', rank: 10, label: '', text: line, raw: line });
      continue;
    }
    // A line continues the paragraph only when the previous line was cut mid-sentence (hard wrap).
    if (!paragraph.isEmpty && !endsSentence(paragraph.lastLine) && paragraph.width >= 30 && !isSalutation(paragraph.lastLine)) {
      paragraph.add(line, true);
    } else {
      endParagraph();
      paragraph.add(line, true);
    }
  }
  endParagraph();
  return finishOutline(raw, titleBlock);
}

/** A table read aloud: its caption, then row by row, one row a line (cells separated by spaces). */
export function tableText(table: TableBlock): string {
  const rows = table.rows.map((row) => row.map((cell) => cell.replace(/\s*\n\s*/g, ' ').trim()).filter((cell) => cell !== '').join(' ')).filter((row) => row !== '');
  return [...(table.caption !== undefined ? [table.caption] : []), ...rows].join('\n');
}

/** Turns ranked headings into levels (the highest rank present is level 1) and takes off the closing. */
export function finishOutline(raw: readonly RawBlock[], titleBlock: TitleBlock | undefined): Outline {
  const ranks = [...new Set(raw.filter((b): b is RankedHeading => b.type === 'heading').map((b) => b.rank))].sort((a, b) => a - b);
  const start = closingStart(raw);
  const blocks: Block[] = raw.slice(0, start).map((b) =>
    b.type === 'heading' ? { type: 'heading', level: ranks.indexOf(b.rank) + 1, label: b.label, text: b.text, raw: b.raw } : b,
  );
  const closing = raw.slice(start).map((b) => (b.type === 'heading' ? b.raw : b.type === 'table' ? tableText(b) : b.text));
  const outline: Outline = { blocks, closing };
  if (titleBlock) outline.titleBlock = titleBlock;
  return outline;
}
