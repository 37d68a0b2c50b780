/**
 * PPTX export with pptxgenjs: editable text slides (title, slogan, points, the
 * continuation badge) in the deck's theme colours, each slide's notes in its notes
 * page; layouts as in the views, pictures as real pictures (ppt/media/), hidden slides
 * hidden in the show. Fonts: "Microsoft YaHei" (微软雅黑) is named for CJK and Latin text — present on
 * Windows and substituted by WPS (its own 微软雅黑 or 思源黑体), by PowerPoint for Mac
 * (PingFang SC) and by LibreOffice through fontconfig (Noto Sans CJK SC / WenQuanYi).
 */
import type PptxGenJS from 'pptxgenjs';
import { marked } from 'marked';
import { imageSize } from 'image-size';
import type { DeckModel, PodiumThemeName, Slide, SlideTable, ThemeName } from '../core/model.ts';
import { revealLook } from '../core/themes.ts';
import { documentAuthor } from '../core/author.ts';
import { headingLabelAt } from '../core/headings.ts';
import { keyFigures, type TableFigure } from '../core/key-figures.ts';
import { figureParts, quoteOf, splitFigure } from '../core/layouts.ts';
import { displayWidth } from '../core/text.ts';
import { dataUrlPicture } from '../node/pictures.ts';

export const PPTX_FONT = 'Microsoft YaHei';

interface Palette {
  background: string;
  text: string;
  band: string;
  bandText: string;
  gold: string;
  accent: string;
  muted: string;
}

/** The audience view's themes (renderer/slides/slides.css), as PowerPoint colours. */
const PALETTES: Record<PodiumThemeName, Palette> = {
  official: { background: 'FFFFFF', text: '1C1C1E', band: 'C1121F', bandText: 'FFFFFF', gold: 'E9B949', accent: 'C1121F', muted: '5F5F66' },
  light: { background: 'FFFFFF', text: '1C1C1E', band: '1D4F91', bandText: 'FFFFFF', gold: '8FB3E0', accent: '1D4F91', muted: '5F5F66' },
  dark: { background: '12161D', text: 'EEF1F5', band: 'F0C75E', bandText: '12161D', gold: 'D9A930', accent: 'F0C75E', muted: 'A9B1BD' },
};

/** #rgb / #rrggbb (reveal.js's theme colours) as PowerPoint's RRGGBB. */
function pptxColour(css: string | undefined, fallback: string): string {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(css?.trim() ?? '')?.[1];
  if (!hex) return fallback;
  return (hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex).toUpperCase();
}

/** A reveal.js theme in PowerPoint: its background and text, its heading colour on the bands, its link colour as the accent. */
function paletteFor(theme: ThemeName): Palette {
  const look = revealLook(theme);
  if (!look) return PALETTES[theme as PodiumThemeName];
  const base = PALETTES[look.dark ? 'dark' : 'light'];
  const v = look.vars;
  const background = pptxColour(v['--r-background-color'], base.background);
  const accent = pptxColour(v['--r-link-color'], base.accent);
  return {
    background,
    text: pptxColour(v['--r-main-color'], base.text),
    band: pptxColour(v['--r-heading-color'], base.band),
    bandText: background,
    gold: accent,
    accent,
    muted: base.muted,
  };
}

interface Geometry {
  width: number;
  height: number;
}

/** Plain text lines of a hand-written Markdown slide (PowerPoint gets text, not HTML). */
function bodyLines(markdown: string): string[] {
  const lines: string[] = [];
  for (const token of marked.lexer(markdown)) {
    if (token.type === 'list') for (const item of token.items) lines.push(item.text);
    else if (token.type === 'heading' || token.type === 'paragraph' || token.type === 'blockquote') lines.push(token.text);
  }
  return lines.map((line) => line.replace(/[*_`~]+/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').trim()).filter(Boolean);
}

function addBadge(page: PptxGenJS.Slide, slide: Slide, palette: Palette, geometry: Geometry): void {
  if (!slide.part || slide.part.count < 2) return;
  page.addText(`${slide.part.index}/${slide.part.count}`, {
    x: geometry.width - 1.25, y: geometry.height - 0.7, w: 0.9, h: 0.42,
    shape: 'roundRect', rectRadius: 0.2, fill: { color: palette.accent }, color: palette.background,
    fontFace: PPTX_FONT, fontSize: 14, bold: true, align: 'center', valign: 'middle',
  });
}

function addCentred(page: PptxGenJS.Slide, slide: Slide, palette: Palette, geometry: Geometry): void {
  // A section with an agenda moves its band up to leave the lower half to the sub-headings.
  const agenda = (slide.kind === 'section' || slide.layout === 'agenda') && slide.points.length > 0;
  const bandY = geometry.height * (agenda ? 0.1 : 0.3);
  const bandH = geometry.height * (agenda ? 0.26 : 0.36);
  page.addShape('rect', { x: 0, y: bandY, w: geometry.width, h: bandH, fill: { color: palette.band }, line: { color: palette.band } });
  page.addShape('rect', { x: 0, y: bandY - 0.06, w: geometry.width, h: 0.06, fill: { color: palette.gold }, line: { color: palette.gold } });
  page.addShape('rect', { x: 0, y: bandY + bandH, w: geometry.width, h: 0.06, fill: { color: palette.gold }, line: { color: palette.gold } });
  const runs: PptxGenJS.TextProps[] = [];
  if (slide.overline) runs.push({ text: slide.overline, options: { fontSize: 20, color: palette.gold, breakLine: true, charSpacing: 4 } });
  runs.push({ text: slide.title, options: { fontSize: slide.kind === 'section' ? 36 : 40, bold: true, color: palette.bandText } });
  page.addText(runs, {
    x: 0.6, y: bandY, w: geometry.width - 1.2, h: bandH, fontFace: PPTX_FONT, align: 'center', valign: 'middle', fit: 'shrink',
  });
  if (agenda && slide.layout === 'agenda') {
    if (slide.subtitle) page.addText(slide.subtitle, { x: 0.8, y: bandY + bandH + 0.1, w: geometry.width - 1.6, h: 0.5, fontFace: PPTX_FONT, fontSize: 18, color: palette.muted, align: 'center' });
    const top = bandY + bandH + (slide.subtitle ? 0.65 : 0.3);
    addAgenda(page, slide.points, palette, { x: geometry.width * 0.12, y: top, w: geometry.width * 0.76, h: geometry.height - top - 0.35 }, 22);
    return;
  }
  const below = [slide.subtitle, ...slide.points].filter((line): line is string => Boolean(line));
  if (below.length > 0) {
    page.addText(below.map((text) => ({ text, options: { breakLine: true } })), {
      x: 0.8, y: bandY + bandH + 0.25, w: geometry.width - 1.6, h: geometry.height - (bandY + bandH) - 0.5,
      fontFace: PPTX_FONT, fontSize: agenda ? 22 : 20, color: agenda ? palette.text : palette.muted, align: 'center', valign: agenda ? 'middle' : 'top',
      paraSpaceAfter: agenda ? 6 : 0, fit: 'shrink',
    });
  }
}

/** The section a slide belongs to, as the audience view's footer shows it: 一、过去五年的工作回顾. */
function sectionHeading(deck: DeckModel, slide: Slide): string | undefined {
  const section = deck.sections.find((s) => s.id === slide.sectionId);
  if (!section) return undefined;
  return section.title.startsWith(section.label) ? section.title : `${section.label}${section.title}`;
}

/** A table from the report as a real PowerPoint table (editable cells), header row in the band colour. */
function addTable(page: PptxGenJS.Slide, table: SlideTable, palette: Palette, geometry: Geometry, top: number): void {
  const columns = Math.max(...table.rows.map((row) => row.length));
  const height = geometry.height - top - 1.0;
  const fontSize = Math.max(10, Math.min(20, Math.floor((height * 72) / (table.rows.length * 2.1))));
  const rows: PptxGenJS.TableRow[] = table.rows.map((row, index) => {
    const header = table.header && index === 0;
    return Array.from({ length: columns }, (_, c) => ({
      text: row[c] ?? '',
      options: header ? { bold: true, color: palette.bandText, fill: { color: palette.band } } : { color: palette.text },
    }));
  });
  page.addTable(rows, {
    x: 0.8, y: top + 0.35, w: geometry.width - 1.6,
    fontFace: PPTX_FONT, fontSize, valign: 'middle', border: { type: 'solid', pt: 0.75, color: palette.muted }, autoPage: false,
  });
}

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * The slide's picture (a data: URL, see inlinePictures) as a real picture in the PPTX
 * (ppt/media/), scaled to fit `box` without cropping and centred in it. False when there is none.
 */
function addPicture(page: PptxGenJS.Slide, slide: Slide, box: Box): boolean {
  const picture = slide.picture ? dataUrlPicture(slide.picture.src) : undefined;
  if (!picture || !slide.picture) return false;
  let width = 4;
  let height = 3;
  try {
    const size = imageSize(picture.data);
    if (size.width && size.height) ({ width, height } = size);
  } catch {
    // An SVG without a size of its own: placed at 4:3.
  }
  const scale = Math.min(box.w / width, box.h / height);
  const w = width * scale;
  const h = height * scale;
  page.addImage({
    data: slide.picture.src.slice('data:'.length),
    x: box.x + (box.w - w) / 2, y: box.y + (box.h - h) / 2, w, h,
    altText: slide.picture.alt,
  });
  return true;
}

/** Picture full-slide: the picture on black, the title on a band across its foot. */
function addFullPicture(page: PptxGenJS.Slide, slide: Slide, palette: Palette, geometry: Geometry): void {
  page.background = { color: '000000' };
  addPicture(page, slide, { x: 0, y: 0, w: geometry.width, h: geometry.height });
  const bandH = 1.0;
  page.addShape('rect', { x: 0, y: geometry.height - bandH, w: geometry.width, h: bandH, fill: { color: palette.band, transparency: 15 }, line: { color: palette.band } });
  page.addText(slide.title, { x: 0.6, y: geometry.height - bandH, w: geometry.width - 1.2, h: bandH, fontFace: PPTX_FONT, fontSize: 26, bold: true, color: palette.bandText, valign: 'middle', fit: 'shrink' });
}

function addBanded(page: PptxGenJS.Slide, slide: Slide, palette: Palette, geometry: Geometry, section: string | undefined): void {
  const bandH = 1.75;
  page.addShape('rect', { x: 0, y: 0, w: geometry.width, h: bandH, fill: { color: palette.band }, line: { color: palette.band } });
  page.addShape('rect', { x: 0, y: bandH, w: geometry.width, h: 0.07, fill: { color: palette.gold }, line: { color: palette.gold } });
  const head: PptxGenJS.TextProps[] = [];
  if (section) head.push({ text: section, options: { fontSize: 14, color: palette.gold, breakLine: true } });
  head.push({ text: slide.title, options: { fontSize: 32, bold: true, color: palette.bandText, breakLine: Boolean(slide.subtitle) } });
  if (slide.subtitle) head.push({ text: slide.subtitle, options: { fontSize: 18, color: palette.gold } });
  page.addText(head, { x: 0.6, y: 0.1, w: geometry.width - 1.2, h: bandH - 0.2, fontFace: PPTX_FONT, valign: 'middle', fit: 'shrink' });
  const area: Box = { x: 0.8, y: bandH + 0.35, w: geometry.width - 1.6, h: geometry.height - bandH - 1.0 };
  if (slide.table) {
    // A short list of indicators and values as key figures, as the hall sees it; any other table as a table.
    const figures = keyFigures(slide.table);
    if (figures) addFigureCards(page, figures, palette, area);
    else addTable(page, slide.table, palette, geometry, bandH);
    return;
  }
  const points = slide.layout === 'title-only' ? [] : slide.body !== undefined && slide.points.length === 0 ? bodyLines(slide.body) : slide.points;
  if (slide.body === undefined && points.length > 0 && slide.layout === 'figures') {
    addFigureCards(page, points.map((point) => splitFigure(point) ?? point), palette, area);
    return;
  }
  if (slide.body === undefined && points.length > 0 && slide.layout === 'agenda') {
    addAgenda(page, points, palette, area, 24);
    return;
  }
  if (slide.body === undefined && slide.layout === 'quote' && quoteOf(slide).fromPoint) {
    addQuotation(page, slide.points, palette, area);
    return;
  }
  // Picture with text: the picture takes the right part, the points the left (all of it when there are none).
  const pictureBox = { x: points.length > 0 ? geometry.width * 0.52 : 0.8, y: bandH + 0.35, w: points.length > 0 ? geometry.width * 0.44 : geometry.width - 1.6, h: geometry.height - bandH - 1.0 };
  const pictured = slide.layout === 'picture-text' && addPicture(page, slide, pictureBox);
  if (points.length > 0) {
    page.addText(points.map((text) => ({ text, options: { bullet: { indent: 22 }, breakLine: true } })), {
      x: 0.8, y: bandH + 0.35, w: pictured ? geometry.width * 0.52 - 1.0 : geometry.width - 1.6, h: geometry.height - bandH - 1.0,
      fontFace: PPTX_FONT, fontSize: 24, color: palette.text, valign: 'middle', paraSpaceAfter: 12, lineSpacingMultiple: 1.15, fit: 'shrink',
    });
  }
}

/** Key figures (数字卡片) as native text: a card per figure, the figure large over its label (a table's third column under it), up to three a row; an item that is no figure as a label. */
function addFigureCards(page: PptxGenJS.Slide, points: readonly (TableFigure | string)[], palette: Palette, area: Box): void {
  // As in the views: two a row for two or four, and for five or six on a 4:3 slide; else up to three.
  const columns = points.length === 2 || points.length === 4 || (points.length >= 5 && area.w < 10) ? 2 : Math.min(3, points.length);
  const rows = Math.ceil(points.length / columns);
  const gap = 0.3;
  const w = (area.w - gap * (columns - 1)) / columns;
  const h = Math.min(2.4, (area.h - gap * (rows - 1)) / rows);
  const top = area.y + (area.h - (h * rows + gap * (rows - 1))) / 2;
  points.forEach((point, index) => {
    // A last row that is not full is centred, as in the views.
    const row = Math.floor(index / columns);
    const inRow = Math.min(columns, points.length - row * columns);
    const x = area.x + ((columns - inRow) * (w + gap)) / 2 + (index % columns) * (w + gap);
    const y = top + Math.floor(index / columns) * (h + gap);
    const figure = typeof point === 'string' ? undefined : point;
    page.addShape('rect', { x, y, w, h, fill: { color: palette.gold, transparency: 80 }, line: { color: palette.gold, transparency: 80 } });
    page.addShape('rect', { x, y, w, h: 0.07, fill: { color: palette.accent }, line: { color: palette.accent } });
    const runs: PptxGenJS.TextProps[] = figure
      ? [
          ...(() => {
            const { qualifier, amount } = figureParts(figure.value);
            const runs: PptxGenJS.TextProps[] = qualifier ? [{ text: qualifier, options: { fontSize: 18, bold: true, color: palette.accent } }] : [];
            // PowerPoint does not shrink a run to its box: the figure's size is worked out so it stays on one line.
            const fontSize = Math.max(14, Math.min(36, Math.floor(((w - 0.4) * 72 * 0.8) / (displayWidth(figure.value) + 0.3))));
            return [...runs, { text: amount, options: { fontSize, bold: true, color: palette.accent, breakLine: true } }];
          })(),
          { text: figure.label, options: { fontSize: 16, color: palette.text, breakLine: Boolean(figure.note) } },
          ...(figure.note ? [{ text: figure.note, options: { fontSize: 13, color: palette.muted } }] : []),
        ]
      : [{ text: typeof point === 'string' ? point : point.label, options: { fontSize: 18, bold: true, color: palette.text } }];
    page.addText(runs, { x: x + 0.1, y: y + 0.1, w: w - 0.2, h: h - 0.15, fontFace: PPTX_FONT, align: 'center', valign: 'middle', fit: 'shrink' });
  });
}

/** A numbered agenda: a heading's own label (（一）, 1.) in the accent colour, else PowerPoint's numbering. */
function addAgenda(page: PptxGenJS.Slide, points: readonly string[], palette: Palette, area: Box, fontSize: number): void {
  const runs: PptxGenJS.TextProps[] = [];
  points.forEach((point) => {
    const label = headingLabelAt(point);
    if (label && label.label.length < point.length) {
      runs.push({ text: label.label, options: { bold: true, color: palette.accent } });
      runs.push({ text: point.slice(label.label.length), options: { breakLine: true } });
    } else {
      runs.push({ text: point, options: { bullet: { type: 'number', indent: 28 }, breakLine: true } });
    }
  });
  page.addText(runs, { ...area, fontFace: PPTX_FONT, fontSize, color: palette.text, valign: 'middle', paraSpaceAfter: 10, fit: 'shrink' });
}

/** The quote layout with a quotation first among the points: the quotation large between gold rules, the rest small. */
function addQuotation(page: PptxGenJS.Slide, points: readonly string[], palette: Palette, area: Box): void {
  const rest = points.slice(1);
  const quoteH = rest.length > 0 ? area.h * 0.62 : area.h;
  page.addShape('rect', { x: area.x, y: area.y, w: area.w, h: 0.05, fill: { color: palette.gold }, line: { color: palette.gold } });
  page.addShape('rect', { x: area.x, y: area.y + quoteH - 0.05, w: area.w, h: 0.05, fill: { color: palette.gold }, line: { color: palette.gold } });
  page.addText(points[0] ?? '', { x: area.x, y: area.y + 0.1, w: area.w, h: quoteH - 0.2, fontFace: PPTX_FONT, fontSize: 36, bold: true, color: palette.accent, align: 'center', valign: 'middle', fit: 'shrink' });
  if (rest.length > 0) {
    page.addText(rest.map((text) => ({ text, options: { bullet: { indent: 18 }, breakLine: true } })), {
      x: area.x, y: area.y + quoteH + 0.15, w: area.w, h: area.h - quoteH - 0.15, fontFace: PPTX_FONT, fontSize: 18, color: palette.muted, valign: 'top', fit: 'shrink',
    });
  }
}

export async function renderPptx(deck: DeckModel, options: { author?: string } = {}): Promise<Uint8Array> {
  // Loaded when a PPTX is made, not by whatever imports this module (the app's main process starts without it).
  const { default: PptxGenJSClass } = await import('pptxgenjs');
  const pptx = new PptxGenJSClass();
  const wide = deck.meta.aspect !== '4:3';
  pptx.layout = wide ? 'LAYOUT_WIDE' : 'LAYOUT_4x3';
  const geometry: Geometry = wide ? { width: 13.333, height: 7.5 } : { width: 10, height: 7.5 };
  pptx.title = deck.meta.title;
  pptx.subject = deck.meta.subtitle ?? '';
  pptx.company = '';
  const author = options.author ?? documentAuthor(deck);
  if (author) pptx.author = author;
  pptx.theme = { headFontFace: PPTX_FONT, bodyFontFace: PPTX_FONT };
  const palette = paletteFor(deck.meta.theme);
  for (const slide of deck.slides) {
    const page = pptx.addSlide();
    page.background = { color: palette.background };
    if (slide.hidden) page.hidden = true;
    if (slide.layout === 'picture-full' && slide.picture) addFullPicture(page, slide, palette, geometry);
    // Picture with text: the banded slide has room for it beside the text, whatever the kind.
    else if (slide.layout === 'picture-text' && slide.picture) addBanded(page, slide, palette, geometry, sectionHeading(deck, slide));
    // A closing whose quotation stands first among its points: the quotation large on the band, the title over it.
    else if (slide.kind === 'closing' && slide.layout === 'quote' && quoteOf(slide).fromPoint) addCentred(page, { ...slide, overline: slide.title, title: quoteOf(slide).quote, points: slide.points.slice(1) }, palette, geometry);
    else if (slide.kind === 'title' || slide.kind === 'section' || slide.kind === 'closing') addCentred(page, slide.layout === 'title-only' ? { ...slide, points: [] } : slide, palette, geometry);
    else if (slide.layout === 'title-only' && slide.body === undefined) addCentred(page, { ...slide, points: [] }, palette, geometry);
    // A short leading line as the quotation: on the band, large, its points under it.
    else if (slide.layout === 'quote' && slide.body === undefined && !slide.table && !quoteOf(slide).fromPoint) addCentred(page, slide, palette, geometry);
    else addBanded(page, slide, palette, geometry, sectionHeading(deck, slide));
    addBadge(page, slide, palette, geometry);
    // The notes are the report: the speaker reads them verbatim from PowerPoint's notes pane too.
    page.addNotes(slide.notes);
  }
  const data = await pptx.write({ outputType: 'nodebuffer', compression: true });
  return data as Uint8Array;
}
