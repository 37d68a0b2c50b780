/**
 * Explicit Markdown decks, reveal.js style: a line `---` separates slides, a line starting
 * `Note:`/`Notes:` begins the slide's notes, `<!-- .slide: ... -->` sets attributes (data-timing
 * in seconds, data-kind, data-skippable, data-layout, data-visibility, data-by-hand,
 * data-background-image, …), a line `![alt](pictures/x.png)` is the slide's picture,
 * `<!-- .element: ... -->` comments stay in the body
 * for the view. A slide shaped like the ones `deckToMarkdown` writes (optional line above the
 * title, `#` title, deeper heading as subtitle, a list of points) is read back as title,
 * subtitle and points; anything else keeps its Markdown as the slide body.
 */
import { headingLabelAt } from './headings.ts';
import { SlideIdAllocator } from './ids.ts';
import { stripInline } from './inline.ts';
import { HAND_PARTS, SLIDE_LAYOUTS, type Section, type Slide, type SlideKind, type SlideLayout, type SlideTable } from './model.ts';
import { imageLine, isPictureSrc } from './pictures.ts';
import { shorten } from './phrases.ts';
import { slideSeconds, type PlanContext } from './plan.ts';
import { readingUnits } from './reading.ts';

const SEPARATOR = /^---$/;
const NOTES_START = /^\s{0,3}notes?:/i;
/** Attribute comments longer than this are not settings; skipping them keeps parsing linear. */
const MAX_ATTRIBUTE_LINE = 4000;
const KINDS: readonly SlideKind[] = ['title', 'section', 'content', 'closing', 'custom'];
/** Separates entries of data-path (heading labels such as 三、 and （一）). */
export const PATH_SEPARATOR = '|';

/** The attribute text of a `<!-- .slide: ... -->` line, or undefined for any other line. */
function slideAttributeText(line: string): string | undefined {
  if (line.length > MAX_ATTRIBUTE_LINE) return undefined;
  const text = line.trim();
  if (!text.startsWith('<!--') || !text.endsWith('-->')) return undefined;
  const inner = text.slice(4, -3).trim();
  return inner.startsWith('.slide:') ? inner.slice('.slide:'.length).trim() : undefined;
}

/** A chunk between --- lines longer than this (characters or words) is report text, not a slide. */
const MAX_SLIDE_CHUNK_UNITS = 200;

/**
 * True when Markdown is a deck rather than a report: it has notes or slide attributes, or `---`
 * separators between slide-sized chunks. A long report that merely uses `---` as a section break
 * is planned automatically like any report.
 */
export function isExplicitDeck(text: string): boolean {
  let separators = 0;
  let longest = 0;
  let chunk = 0;
  for (const line of text.split('\n')) {
    if (NOTES_START.test(line) || slideAttributeText(line) !== undefined) return true;
    if (SEPARATOR.test(line)) {
      separators++;
      longest = Math.max(longest, chunk);
      chunk = 0;
    } else {
      chunk += readingUnits(line, 'zh');
    }
  }
  return separators > 0 && Math.max(longest, chunk) <= MAX_SLIDE_CHUNK_UNITS;
}

/** key="value" key='value' key=value key — as in reveal.js attribute comments. */
function parseAttributes(text: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  const re = /([^\s=]{1,100})(?:=(?:"([^"]{0,2000})"|'([^']{0,2000})'|([^\s"']{1,2000})))?/g;
  for (let match = re.exec(text); match; match = re.exec(text)) {
    attributes[match[1] as string] = match[2] ?? match[3] ?? match[4] ?? '';
  }
  return attributes;
}

interface Structured {
  overline?: string;
  title: string;
  subtitle?: string;
  points: string[];
  table?: SlideTable;
  /** False when the body holds more than a title, subtitle and points. */
  simple: boolean;
}

const LIST_ITEM = /^(?:[-*+]|\d{1,9}[.)])\s+/;
const TABLE_ROW = /^\s{0,3}\|.*\|\s*$/;
const TABLE_DELIMITER = /^\s{0,3}\|(?:\s*:?-{3,}:?\s*\|)+\s*$/;

/** Cells of a GFM table row: `| a | b \| c |` → ['a', 'b | c'] (inline markup removed). */
function tableCells(line: string): string[] {
  const inner = line.trim().slice(1, -1);
  const cells: string[] = [];
  let current = '';
  for (let i = 0; i < inner.length; i++) {
    const ch = inner[i] as string;
    if (ch === '\\' && inner[i + 1] === '|') {
      current += '|';
      i++;
    } else if (ch === '|') {
      cells.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  cells.push(current);
  return cells.map((cell) => cell.split('<br>').map((line) => stripInline(line.trim())).join('\n'));
}

function headingOf(line: string): { depth: number; text: string } | undefined {
  let depth = 0;
  while (depth < line.length && depth < 7 && line[depth] === '#') depth++;
  if (depth === 0 || depth > 6 || line[depth] !== ' ') return undefined;
  return { depth, text: stripInline(line.slice(depth + 1).replace(/\s+#+\s*$/, '').trim()) };
}

function readStructure(lines: readonly string[]): Structured {
  const result: Structured = { title: '', points: [], simple: true };
  let titleDepth = 0;
  let firstText: string | undefined;
  const tableLines: string[] = [];
  for (const line of lines) {
    if (line.trim() === '' || slideAttributeText(line) !== undefined) continue;
    // A table after the title (as deckToMarkdown writes one) is the slide's table.
    if (titleDepth > 0 && result.points.length === 0 && TABLE_ROW.test(line)) {
      tableLines.push(line);
      continue;
    }
    // Raw HTML or element attribute comments belong to the hand-written body the view renders.
    if (/<[A-Za-z!/]/.test(line.replace(/\\</g, ''))) result.simple = false;
    const heading = headingOf(line);
    const item = LIST_ITEM.exec(line);
    if (heading && titleDepth === 0) {
      result.title = heading.text;
      titleDepth = heading.depth;
    } else if (heading && result.subtitle === undefined && result.points.length === 0 && heading.depth > titleDepth) {
      result.subtitle = heading.text;
    } else if (item && titleDepth > 0) {
      result.points.push(stripInline(line.slice(item[0].length)).trim());
    } else if (!heading && !item && titleDepth === 0 && result.overline === undefined && !line.trimStart().startsWith('<')) {
      result.overline = stripInline(line).trim();
    } else {
      result.simple = false;
    }
    if (firstText === undefined && !line.trimStart().startsWith('<')) firstText = stripInline(heading ? heading.text : item ? line.slice(item[0].length) : line).trim();
  }
  if (tableLines.length > 0) {
    if (tableLines.length >= 2 && TABLE_DELIMITER.test(tableLines[1] as string)) {
      const header = tableCells(tableLines[0] as string);
      const rows = tableLines.slice(2).map(tableCells);
      const hasHeader = header.some((cell) => cell !== '');
      result.table = { rows: hasHeader ? [header, ...rows] : rows, header: hasHeader };
    } else {
      result.simple = false;
    }
  }
  if (!result.simple || titleDepth === 0) {
    // Hand-written content: the title is the first heading or, failing that, the first line of text.
    result.simple = false;
    if (titleDepth === 0) {
      delete result.overline;
      result.title = shorten(firstText ?? '', 30);
    }
  }
  return result;
}

/** The notes as written after `Note:`; a notes line `\---` stands for `---` (which would end the slide). */
function readNotes(lines: readonly string[]): string {
  return lines.map((l) => (l === '\\---' ? '---' : l)).join('\n').trim();
}

interface Chunk {
  body: string[];
  notes: string[] | undefined;
}

function chunks(text: string): Chunk[] {
  const result: Chunk[] = [];
  let current: Chunk = { body: [], notes: undefined };
  for (const line of text.split('\n')) {
    if (SEPARATOR.test(line)) {
      result.push(current);
      current = { body: [], notes: undefined };
    } else if (current.notes === undefined && NOTES_START.test(line)) {
      current.notes = [line.replace(NOTES_START, '').trim()];
    } else if (current.notes !== undefined) {
      current.notes.push(line);
    } else {
      current.body.push(line);
    }
  }
  result.push(current);
  return result.filter((c) => c.body.some((l) => l.trim() !== '') || (c.notes ?? []).some((l) => l.trim() !== ''));
}

/** data-footnote-1, data-footnote-2 …: a slide's footnotes (not spoken, so not in its notes). */
export const FOOTNOTE_ATTRIBUTE = /^data-footnote-(\d{1,4})$/;

/** Footnotes written as data-footnote-1, data-footnote-2 … (see deckToMarkdown), in order. */
function footnotesOf(attributes: Record<string, string>): string[] {
  return Object.entries(attributes)
    .map(([key, value]) => ({ n: FOOTNOTE_ATTRIBUTE.exec(key)?.[1], value }))
    .filter((entry): entry is { n: string; value: string } => entry.n !== undefined)
    .sort((a, b) => Number(a.n) - Number(b.n))
    .map((entry) => entry.value.replace(/&quot;/g, '"').replace(/--&gt;/g, '-->'));
}

export function parseExplicitDeck(text: string, ctx: PlanContext): { slides: Slide[]; sections: Section[] } {
  const ids = new SlideIdAllocator();
  const slides = chunks(text).map((chunk) => {
    const attributeText = chunk.body.map(slideAttributeText).find((t) => t !== undefined);
    const attributes = attributeText !== undefined ? parseAttributes(attributeText) : {};
    const kind = KINDS.includes(attributes['data-kind'] as SlideKind) ? (attributes['data-kind'] as SlideKind) : 'custom';
    // The slide's picture line is read into `picture` (the view places it by the layout).
    const pictureAt = chunk.body.findIndex((l) => {
      const image = imageLine(l);
      return image !== undefined && isPictureSrc(image.src);
    });
    const image = pictureAt >= 0 ? imageLine(chunk.body[pictureAt] as string) : undefined;
    const lines = chunk.body.filter((_, i) => i !== pictureAt);
    const structure = readStructure(lines);
    const notes = readNotes(chunk.notes ?? []);
    // The attribute comment is read into `attributes`; element comments stay in the body for the view.
    const body = lines.filter((l) => slideAttributeText(l) === undefined).join('\n').trim();
    const spoken = notes !== '' ? notes : [structure.title, ...structure.points].join('\n');
    const slide: Slide = {
      id: ids.next(kind, notes, body),
      kind,
      sectionPath: attributes['data-path'] !== undefined && attributes['data-path'] !== '' ? attributes['data-path'].split(PATH_SEPARATOR) : [],
      title: structure.title,
      points: structure.points,
      notes,
      seconds: slideSeconds(spoken, ctx),
    };
    if (structure.subtitle !== undefined) slide.subtitle = structure.subtitle;
    if (structure.overline !== undefined) slide.overline = structure.overline;
    if (structure.table && structure.simple) slide.table = structure.table;
    const footnotes = footnotesOf(attributes);
    if (footnotes.length > 0) slide.footnotes = footnotes;
    if (!structure.simple) slide.body = body;
    if (Object.keys(attributes).length > 0) slide.attributes = attributes;
    const timing = Number(attributes['data-timing']);
    if (attributes['data-timing'] !== undefined && Number.isFinite(timing) && timing > 0) {
      slide.seconds = Math.round(timing);
      slide.timingFromSource = true;
    }
    if (attributes['data-skippable'] !== undefined && attributes['data-skippable'] !== 'false') slide.skippable = true;
    const part = /^(\d{1,4})\/(\d{1,4})$/.exec(attributes['data-part'] ?? '');
    if (part) slide.part = { index: Number(part[1]), count: Number(part[2]) };
    readEditorAttributes(slide, attributes, image);
    return slide;
  });
  return { slides, sections: assignSections(slides) };
}

/** Layout, visibility, picture and what was set by hand, from the attributes (and the slide's image line). */
function readEditorAttributes(slide: Slide, attributes: Record<string, string>, image: { alt: string; src: string } | undefined): void {
  const background = attributes['data-background-image'];
  let fromBackground = false;
  if (image) {
    slide.picture = { src: image.src, alt: stripInline(image.alt).trim() };
  } else if (background !== undefined && isPictureSrc(background)) {
    slide.picture = { src: background, alt: (attributes['data-background-alt'] ?? '').trim() };
    fromBackground = true;
  }
  const layout = attributes['data-layout'] as SlideLayout;
  if (SLIDE_LAYOUTS.includes(layout)) {
    if (layout !== 'bullets') slide.layout = layout;
  } else if (slide.picture) {
    slide.layout = fromBackground ? 'picture-full' : 'picture-text';
  }
  if (attributes['data-visibility'] === 'hidden') slide.hidden = true;
  const byHand = new Set((attributes['data-by-hand'] ?? '').split(/\s+/));
  if (slide.timingFromSource) byHand.add('time');
  const parts = HAND_PARTS.filter((p) => byHand.has(p));
  if (parts.length > 0) slide.byHand = parts;
}

/**
 * Sections as an explicit deck has them: a section slide opens one (its title gives label and
 * title), a title or closing slide ends it. Sets each slide's sectionId; the editor uses it too.
 */
export function assignSections(slides: Slide[]): Section[] {
  const sections: Section[] = [];
  let section: Section | undefined;
  for (const slide of slides) {
    delete slide.sectionId;
    if (slide.kind === 'section') {
      const label = headingLabelAt(slide.title)?.label ?? '';
      section = { id: slide.id, label, title: slide.title.slice(label.length).trimStart(), slideIds: [], seconds: 0 };
      sections.push(section);
    } else if (slide.kind === 'title' || slide.kind === 'closing') {
      section = undefined;
    }
    if (section) {
      slide.sectionId = section.id;
      section.slideIds.push(slide.id);
      section.seconds += slide.seconds;
    }
  }
  return sections;
}
