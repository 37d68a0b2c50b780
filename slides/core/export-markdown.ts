/**
 * deckToMarkdown: the editable Markdown deck written by `podium import`. reveal.js conventions
 * (`---` between slides, `Note:` before the verbatim notes, `<!-- .slide: ... -->` attributes:
 * data-timing in seconds only for a time set by hand, data-visibility="hidden", a full-slide
 * picture as data-background-image, our own data-layout and data-by-hand; any other picture as
 * `![alt](src)`), so the file also opens in reveal.js itself; compileDeck reads it back to the
 * same slides (ids, titles, points, notes, seconds, layout, picture, what was set by hand).
 */
import { stringify } from 'yaml';
import { FOOTNOTE_ATTRIBUTE, PATH_SEPARATOR } from './deck.ts';
import { formatDuration } from './frontmatter.ts';
import { escapeInline } from './inline.ts';
import type { DeckModel, Slide, SlideTable } from './model.ts';

/** Slide attributes written from the model's own fields, never copied from what was read. */
export const MANAGED_ATTRIBUTES: ReadonlySet<string> = new Set([
  'data-kind', 'data-timing', 'data-part', 'data-path', 'data-skippable', 'data-layout', 'data-visibility', 'data-by-hand',
  'data-background-image', 'data-background-size', 'data-background-alt',
]);

function frontMatter(deck: DeckModel): string {
  const { meta } = deck;
  const settings: Record<string, unknown> = {
    title: meta.title,
    ...(meta.author !== undefined ? { author: meta.author } : {}),
    lang: meta.lang,
    rate: { cjkPerMinute: meta.rate.cjkPerMinute, wordsPerMinute: meta.rate.wordsPerMinute },
  };
  if (meta.targetSeconds !== undefined) settings.target = formatDuration(meta.targetSeconds);
  settings.theme = meta.theme;
  settings.aspect = meta.aspect;
  if (meta.pronounce && meta.pronounce.length > 0) settings.pronounce = Object.fromEntries(meta.pronounce.map((entry) => [entry.word, entry.reading]));
  if (meta.fixedPhrases && meta.fixedPhrases.length > 0) settings['fixed-phrases'] = meta.fixedPhrases;
  // reveal-md's options stay as the deck wrote them (Podium honours some; reveal-md reads them all).
  if (meta.revealOptions) settings.revealOptions = meta.revealOptions;
  const summary = `# ${deck.slides.length} slides, ${formatDuration(meta.totalSeconds)} of reading; source: ${meta.source.name}`;
  return `---\n${summary.replace(/\n/g, ' ')}\n${stringify(settings, { lineWidth: 0 })}---\n`;
}

function attributeValue(value: string): string {
  return value.replace(/"/g, '&quot;').replace(/-->/g, '--&gt;').replace(/\n/g, ' ');
}

function slideAttributes(slide: Slide): string {
  const attributes: Record<string, string> = {};
  // The attributes the model has fields for are written from those fields (an edit may have cleared them).
  for (const [key, value] of Object.entries(slide.attributes ?? {})) if (!MANAGED_ATTRIBUTES.has(key) && !FOOTNOTE_ATTRIBUTE.test(key)) attributes[key] = value;
  attributes['data-kind'] = slide.kind;
  // A time the text gives is worked out again on reading (so it follows edits); only one set by hand is written.
  if (slide.timingFromSource) attributes['data-timing'] = String(slide.seconds);
  if (slide.part) attributes['data-part'] = `${slide.part.index}/${slide.part.count}`;
  if (slide.sectionPath.length > 0) attributes['data-path'] = slide.sectionPath.map((p) => p.replaceAll(PATH_SEPARATOR, '')).join(PATH_SEPARATOR);
  if (slide.skippable) attributes['data-skippable'] = '';
  if (slide.layout !== undefined && slide.layout !== 'bullets') attributes['data-layout'] = slide.layout;
  if (slide.hidden) attributes['data-visibility'] = 'hidden';
  const byHand = (slide.byHand ?? []).filter((part) => part !== 'time');
  if (byHand.length > 0) attributes['data-by-hand'] = byHand.join(' ');
  if (slide.picture && slide.layout === 'picture-full') {
    attributes['data-background-image'] = slide.picture.src;
    attributes['data-background-size'] = 'contain';
    if (slide.picture.alt !== '') attributes['data-background-alt'] = slide.picture.alt;
  }
  // Footnotes are not spoken, so not in the notes: they travel as attributes.
  (slide.footnotes ?? []).forEach((note, index) => {
    attributes[`data-footnote-${index + 1}`] = note;
  });
  const text = Object.entries(attributes)
    .map(([key, value]) => (value === '' ? key : `${key}="${attributeValue(value)}"`))
    .join(' ');
  return `<!-- .slide: ${text} -->`;
}

/** Notes verbatim; a line `---` inside them would end the slide, so it is written `\---`. */
function notesText(notes: string): string {
  return notes.split('\n').map((l) => (l === '---' ? '\\---' : l)).join('\n');
}

/** A GFM table; a table without a header row gets an empty one (GFM needs one), read back as none. */
function tableMarkdown(table: SlideTable): string {
  const columns = Math.max(...table.rows.map((row) => row.length));
  // A cell's own line breaks are written <br> (GFM cells are one line).
  const cell = (text: string | undefined): string => (text ?? '').split('\n').map((line) => escapeInline(line).replace(/\|/g, '\\|')).join('<br>') || ' ';
  const line = (row: readonly (string | undefined)[]): string => `| ${Array.from({ length: columns }, (_, c) => cell(row[c])).join(' | ')} |`;
  const [first, ...rest] = table.header ? table.rows : [[], ...table.rows];
  return [line(first ?? []), `|${' --- |'.repeat(columns)}`, ...rest.map(line)].join('\n');
}

/** The slide's Markdown between its attribute comment and its notes (what a reader hashes for a slide without notes). */
export function slideBody(slide: Slide): string {
  return bodyParts(slide).filter((p) => p !== '').join('\n\n');
}

function bodyParts(slide: Slide): string[] {
  const parts: string[] = [];
  if (slide.body !== undefined) {
    // Hand-written content goes back as written (its own attribute comment is replaced above).
    parts.push(slide.body.split('\n').filter((l) => !/^\s*<!--\s*\.slide:/.test(l)).join('\n').trim());
  } else {
    if (slide.overline !== undefined) parts.push(escapeInline(slide.overline));
    const depth = slide.kind === 'title' || slide.kind === 'section' ? '#' : '##';
    parts.push(`${depth} ${escapeInline(slide.title)}`);
    if (slide.subtitle !== undefined) parts.push(`### ${escapeInline(slide.subtitle)}`);
    if (slide.points.length > 0) parts.push(slide.points.map((p) => `- ${escapeInline(p)}`).join('\n'));
    if (slide.table) parts.push(tableMarkdown(slide.table));
  }
  // A full-slide picture is the reveal.js background (attributes above); any other is an image line.
  if (slide.picture && slide.layout !== 'picture-full') parts.push(`![${escapeInline(slide.picture.alt)}](${slide.picture.src})`);
  return parts;
}

function slideMarkdown(slide: Slide): string {
  const parts: string[] = [slideAttributes(slide), ...bodyParts(slide)];
  if (slide.notes !== '') parts.push(`Note:\n${notesText(slide.notes)}`);
  return parts.filter((p) => p !== '').join('\n\n');
}

export function deckToMarkdown(deck: DeckModel): string {
  return `${frontMatter(deck)}\n${deck.slides.map(slideMarkdown).join('\n\n---\n\n')}\n`;
}
