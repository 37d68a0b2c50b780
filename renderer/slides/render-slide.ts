/**
 * One slide of the deck as DOM, the same for the hall (inside reveal.js) and for the
 * presenter's small live renders. Plain report text goes in with textContent only;
 * hand-written Markdown bodies go through the sanitiser in markdown.ts.
 */
import { isFigure, keyFigures, type TableFigure } from '../../slides/core/key-figures.ts';
import { PICTURE_LAYOUTS, type DeckMeta, type DeckModel, type Section, type Slide, type SlideLayout, type SlidePicture, type SlideTable } from '../../slides/core/model.ts';
import { figureParts, quoteOf, splitFigure } from '../../slides/core/layouts.ts';
import { headingLabelAt } from '../../slides/core/headings.ts';
import { renderMarkdownBody, safeClassList } from './markdown.ts';

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function sectionOf(deck: DeckModel, slide: Slide): Section | undefined {
  return slide.sectionId === undefined ? undefined : deck.sections.find((s) => s.id === slide.sectionId);
}

/** The section heading as the hall reads it: '一、过去五年的工作回顾' (label and title, no doubling). */
export function sectionHeading(section: Section): string {
  return section.title.startsWith(section.label) ? section.title : `${section.label}${section.title}`;
}

/**
 * The lines of the title block, sorted into roles: the slogan above the title (the
 * slide's overline, e.g. 坚定信心 勇担使命 砥砺奋进), the subtitle (the line beginning
 * with ——) and byline lines. They may come from the slide or from the deck's meta;
 * each line is shown once.
 */
export function titleBlock(slide: Slide, meta: DeckMeta): { slogan?: string; subtitle?: string; byline: string[] } {
  const subtitleLike = (line: string | undefined): boolean => line?.trim().startsWith('——') ?? false;
  const slogan = slide.overline?.trim() || (slide.subtitle && !subtitleLike(slide.subtitle) ? slide.subtitle.trim() : undefined);
  const seen = new Set<string>([slide.title.trim(), ...(slogan ? [slogan] : [])]);
  const lines: string[] = [];
  for (const line of [slide.subtitle, ...slide.points, meta.subtitle, ...(meta.byline ?? [])]) {
    const text = line?.trim();
    if (text && !seen.has(text)) {
      seen.add(text);
      lines.push(text);
    }
  }
  const subtitle = lines.find(subtitleLike);
  return { ...(slogan ? { slogan } : {}), ...(subtitle ? { subtitle } : {}), byline: lines.filter((l) => l !== subtitle) };
}

function pointsList(doc: Document, points: readonly string[]): HTMLElement {
  const list = el(doc, 'ul', 'ps-points');
  for (const point of points) list.append(el(doc, 'li', 'ps-point', point));
  return list;
}

/**
 * Key figures (数字卡片): each figure large over its label (and a table's third column under it);
 * an item that is no figure (a point of the figures layout) shows as a label.
 */
function figureCards(doc: Document, items: readonly (TableFigure | string)[]): HTMLElement {
  const cards = el(doc, 'div', 'ps-cards');
  cards.dataset['count'] = String(items.length);
  for (const figure of items) {
    const card = el(doc, 'div', 'ps-card');
    if (typeof figure !== 'string') {
      // The number and its unit never break; a qualifier (超, 达到) goes smaller in front of it.
      const value = el(doc, 'div', 'ps-card-value');
      const { qualifier, amount } = figureParts(figure.value);
      if (qualifier) value.append(el(doc, 'span', 'ps-card-qualifier', qualifier));
      value.append(el(doc, 'span', 'ps-card-amount', amount));
      card.append(value, el(doc, 'div', 'ps-card-label', figure.label));
      if (figure.note) card.append(el(doc, 'div', 'ps-card-note', figure.note));
    }
    else card.append(el(doc, 'div', 'ps-card-label', figure));
    cards.append(card);
  }
  return cards;
}

/** A numbered agenda: a heading's own label (（一）, 1.) is its number, else the list counts. */
function agendaList(doc: Document, points: readonly string[]): HTMLElement {
  const list = el(doc, 'ol', 'ps-points ps-agenda');
  for (const point of points) {
    const item = el(doc, 'li', 'ps-point ps-agenda-item');
    const label = headingLabelAt(point);
    if (label && label.label.length < point.length) {
      item.classList.add('has-label');
      item.append(el(doc, 'span', 'ps-agenda-label', label.label), point.slice(label.label.length));
    } else {
      item.append(point);
    }
    list.append(item);
  }
  return list;
}

/** The slide's points as its layout shows them: cards, a numbered agenda, or bullets. */
function pointsFor(doc: Document, slide: Slide, points: readonly string[] = slide.points): HTMLElement {
  if (slide.layout === 'figures') return figureCards(doc, points.map((point) => splitFigure(point) ?? point));
  if (slide.layout === 'agenda') return agendaList(doc, points);
  return pointsList(doc, points);
}

/** A table from the report as a table: header cells in the first row when it is one, a cell's lines kept. */
function tableElement(doc: Document, table: SlideTable): HTMLElement {
  const node = el(doc, 'table', 'ps-table');
  const columns = Math.max(...table.rows.map((row) => row.length));
  node.style.setProperty('--columns', String(columns));
  // A column of figures (header included) is aligned right, so the digits line up.
  const body = table.header ? table.rows.slice(1) : table.rows;
  const figures = Array.from({ length: columns }, (_, c) => {
    const cells = body.map((row) => row[c] ?? '').filter((cell) => cell !== '');
    return cells.length > 0 && cells.filter(isFigure).length * 2 > cells.length;
  });
  table.rows.forEach((row, index) => {
    const header = table.header && index === 0;
    const tr = doc.createElement('tr');
    for (let c = 0; c < columns; c++) {
      const cell = el(doc, header ? 'th' : 'td', figures[c] ? 'ps-cell ps-figure' : 'ps-cell');
      const lines = (row[c] ?? '').split('\n');
      lines.forEach((line, k) => {
        if (k > 0) cell.append(doc.createElement('br'));
        cell.append(line);
      });
      tr.append(cell);
    }
    (header ? node.createTHead() : (node.tBodies[0] ?? node.createTBody())).append(tr);
  });
  return node;
}

function renderTitle(doc: Document, slide: Slide, deck: DeckModel, root: HTMLElement): void {
  const block = titleBlock(slide, deck.meta);
  const inner = el(doc, 'div', 'ps-title-block');
  if (block.slogan) inner.append(el(doc, 'div', 'ps-slogan', block.slogan));
  inner.append(el(doc, 'h1', 'ps-title', slide.title));
  if (block.subtitle) inner.append(el(doc, 'div', 'ps-subtitle', block.subtitle));
  if (block.byline.length) {
    const byline = el(doc, 'div', 'ps-byline');
    for (const line of block.byline) byline.append(el(doc, 'div', 'ps-byline-line', line));
    inner.append(byline);
  }
  root.append(inner);
}

function renderSection(doc: Document, slide: Slide, deck: DeckModel, root: HTMLElement): void {
  const section = sectionOf(deck, slide);
  const head = el(doc, 'header', 'ps-section-head');
  const label = section?.label ?? '';
  const title = label && slide.title.startsWith(label) ? slide.title.slice(label.length) : slide.title;
  // Label and heading read as one line, as printed: 一、过去五年的工作回顾
  const h1 = el(doc, 'h1', 'ps-title');
  if (label) h1.append(el(doc, 'span', 'ps-section-label', label));
  h1.append(title);
  head.append(h1);
  if (slide.subtitle) head.append(el(doc, 'div', 'ps-slogan', slide.subtitle));
  root.append(head);
  if (slide.points.length) {
    const body = el(doc, 'div', 'ps-body');
    body.append(pointsFor(doc, slide));
    root.append(body);
  }
}

function renderContent(doc: Document, slide: Slide, deck: DeckModel, root: HTMLElement): void {
  // A slide whose text is all in its title (no points, the title-only layout, or a quote slide whose quotation is its title) shows the title as a statement, centred.
  const titleOnly = slide.layout === 'title-only';
  const quote = slide.layout === 'quote' && slide.body === undefined && !slide.table ? quoteOf(slide) : undefined;
  if ((slide.body === undefined && slide.points.length === 0 && !slide.table) || titleOnly || (quote && !quote.fromPoint)) root.classList.add('statement');
  const head = el(doc, 'header', 'ps-head');
  head.append(el(doc, 'h1', 'ps-title', slide.title));
  root.append(head);
  if (slide.subtitle) root.append(el(doc, 'div', 'ps-slogan', slide.subtitle));
  const body = el(doc, 'div', 'ps-body');
  if (slide.body !== undefined) {
    const custom = el(doc, 'div', 'ps-markdown');
    custom.append(renderMarkdownBody(slide.body, doc));
    body.append(custom);
  } else if (slide.table) {
    // A short list of indicators and values is shown as key figures; any other table as a table (figures aligned right).
    const figures = keyFigures(slide.table);
    body.classList.add(figures ? 'has-key-figures' : 'has-table');
    body.append(figures ? figureCards(doc, figures) : tableElement(doc, slide.table));
  } else if (quote) {
    // The quotation large (when it is the first point), the other points small under it.
    if (quote.fromPoint) body.append(el(doc, 'blockquote', 'ps-quote', quote.quote));
    const rest = quote.fromPoint ? slide.points.slice(1) : slide.points;
    if (rest.length > 0) body.append(pointsList(doc, rest));
  } else {
    body.append(pointsFor(doc, slide));
  }
  if (!titleOnly) root.append(body);
  const section = sectionOf(deck, slide);
  const continued = slide.part && slide.part.count > 1;
  if (!section && !continued) return;
  const foot = el(doc, 'footer', 'ps-foot');
  foot.append(el(doc, 'span', 'ps-foot-section', section ? sectionHeading(section) : ''));
  if (slide.part && continued) foot.append(el(doc, 'span', 'ps-badge', `${slide.part.index}/${slide.part.count}`));
  root.append(foot);
}

function renderClosing(doc: Document, slide: Slide, root: HTMLElement): void {
  const inner = el(doc, 'div', 'ps-title-block');
  // The quote layout sets a quotation standing first among the points as the closing's large line.
  const quote = slide.layout === 'quote' ? quoteOf(slide) : undefined;
  if (quote?.fromPoint) inner.append(el(doc, 'div', 'ps-slogan', slide.title), el(doc, 'h1', 'ps-title', quote.quote));
  else inner.append(el(doc, 'h1', 'ps-title', slide.title));
  if (slide.subtitle) inner.append(el(doc, 'div', 'ps-slogan', slide.subtitle));
  for (const point of quote?.fromPoint ? slide.points.slice(1) : slide.points) inner.append(el(doc, 'div', 'ps-byline-line', point));
  root.append(inner);
}

/** A custom slide with only a Markdown body fills the slide with it; else it looks like content. */
function renderCustom(doc: Document, slide: Slide, deck: DeckModel, root: HTMLElement): void {
  if (slide.body === undefined) {
    renderContent(doc, slide, deck, root);
    return;
  }
  const body = el(doc, 'div', 'ps-body ps-markdown');
  body.append(renderMarkdownBody(slide.body, doc));
  root.append(body);
}

/** The URL a view loads a deck picture from: the host's base for the deck's folder, or the src itself (a static copy, an inlined data: URL). */
export function pictureUrl(picture: SlidePicture, meta: DeckMeta): string {
  if (picture.src.startsWith('data:')) return picture.src;
  return `${meta.pictureBase ?? ''}${picture.src.split('/').map(encodeURIComponent).join('/')}`;
}

/** The slide's picture, for the picture layouts; a full-slide picture carries the title as its caption. */
function pictureFigure(doc: Document, slide: Slide, picture: SlidePicture, deck: DeckModel, layout: SlideLayout): HTMLElement {
  const figure = el(doc, 'figure', 'ps-picture');
  const img = el(doc, 'img', 'ps-picture-img');
  img.alt = picture.alt;
  img.decoding = 'async';
  img.draggable = false;
  img.src = pictureUrl(picture, deck.meta);
  figure.append(img);
  if (layout === 'picture-full') figure.append(el(doc, 'figcaption', 'ps-picture-caption', slide.title));
  return figure;
}

export function renderSlide(slide: Slide, deck: DeckModel, doc: Document = document): HTMLElement {
  // A full-slide picture not chosen yet shows the slide's title alone (as PPTX does), never a black slide in the hall.
  const layout: SlideLayout = slide.layout === 'picture-full' && !slide.picture ? 'title-only' : (slide.layout ?? 'bullets');
  const root = el(doc, 'div', `podium-slide kind-${slide.kind} layout-${layout}`);
  root.dataset['slideId'] = slide.id;
  const extra = slide.attributes?.['class'];
  if (extra) root.classList.add(...safeClassList(extra).map((c) => `user-${c}`));
  switch (slide.kind) {
    case 'title':
      renderTitle(doc, slide, deck, root);
      break;
    case 'section':
      renderSection(doc, slide, deck, root);
      break;
    case 'closing':
      renderClosing(doc, slide, root);
      break;
    case 'custom':
      renderCustom(doc, slide, deck, root);
      break;
    case 'content':
      renderContent(doc, slide, deck, root);
      break;
  }
  if (slide.picture && PICTURE_LAYOUTS.includes(layout)) {
    root.append(pictureFigure(doc, slide, slide.picture, deck, layout));
    if (!root.querySelector('.ps-point, .ps-markdown')) root.classList.add('picture-alone');
  }
  return root;
}

/**
 * The meeting's name for the hold screen (会标): taken from the subtitle
 * '——在中共X镇第X次代表大会第一次会议上的报告' when it has that shape, else the title.
 */
export function meetingTitle(meta: DeckMeta): string {
  const match = /^——\s*在(.+?)上的(?:报告|讲话|工作报告|发言|致辞)\s*$/.exec(meta.subtitle?.trim() ?? '');
  return match?.[1] ?? meta.title;
}

/** The hold screen (会标): the meeting's name on the official band. */
export function renderHold(meta: DeckMeta, doc: Document = document): HTMLElement {
  const root = el(doc, 'div', 'podium-slide kind-hold');
  const inner = el(doc, 'div', 'ps-title-block');
  inner.append(el(doc, 'h1', 'ps-title', meetingTitle(meta)));
  root.append(inner);
  return root;
}

/**
 * Everything renderSlide's output depends on, as one string: the slide, the deck's look and
 * the section headings its footer names. Views keep a rendered (and fitted) slide across a
 * live reload while this is unchanged.
 */
export function renderKey(slide: Slide, deck: DeckModel): string {
  const { title, subtitle, byline, lang, theme, aspect } = deck.meta;
  const section = sectionOf(deck, slide);
  return JSON.stringify([slide, title, subtitle, byline, lang, theme, aspect, section?.label, section?.title]);
}
