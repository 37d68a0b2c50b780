/**
 * Paragraph styles (word/styles.xml) as far as structure goes: which styles are headings and at
 * which level, and which carry list numbering. Word stores its built-in names in English
 * ("heading 1") whatever the language; WPS and localized templates write "标题 1"; either may
 * set an outline level instead. A style inherits through w:basedOn.
 */
import { attr, child, children, intAttr, parseXml, path } from './xml.ts';

export interface StyleInfo {
  /** 1-based heading level. */
  headingLevel?: number;
  numId?: string;
  ilvl?: number;
}

interface RawStyle {
  name: string;
  basedOn?: string;
  outlineLevel?: number;
  numId?: string;
  ilvl?: number;
}

/** heading 1 / Heading 1 / 标题 1 / 标题1 / Überschrift 1 / Titre 1 … (the numbered built-in heading styles). */
const HEADING_NAME = /^(?:heading|标题|標題|überschrift|titre|título|titolo|заголовок|見出し)\s*([1-9])$/iu;
/** Outline levels 0–8 are headings; 9 is body text. */
const BODY_OUTLINE_LEVEL = 9;

export function readStyles(xml: string | undefined): Map<string, StyleInfo> {
  const raw = new Map<string, RawStyle>();
  if (xml !== undefined) {
    const root = parseXml(xml, 'word/styles.xml').documentElement;
    for (const style of root ? children(root) : []) {
      if (style.localName !== 'style' || (attr(style, 'type') ?? 'paragraph') !== 'paragraph') continue;
      const pPr = child(style, 'pPr');
      const entry: RawStyle = { name: (attr(child(style, 'name'), 'val') ?? '').trim() };
      const basedOn = attr(child(style, 'basedOn'), 'val');
      if (basedOn !== undefined) entry.basedOn = basedOn;
      const outline = intAttr(child(pPr, 'outlineLvl'), 'val');
      if (outline !== undefined) entry.outlineLevel = outline;
      const numId = attr(path(pPr, 'numPr', 'numId'), 'val');
      if (numId !== undefined) entry.numId = numId;
      const ilvl = intAttr(path(pPr, 'numPr', 'ilvl'), 'val');
      if (ilvl !== undefined) entry.ilvl = ilvl;
      raw.set(attr(style, 'styleId') ?? '', entry);
    }
  }
  const resolved = new Map<string, StyleInfo>();
  const resolve = (id: string, depth: number): StyleInfo => {
    const known = resolved.get(id);
    if (known) return known;
    const style = raw.get(id);
    if (!style) return {};
    const parent = style.basedOn !== undefined && depth < 20 ? resolve(style.basedOn, depth + 1) : {};
    const info: StyleInfo = { ...parent };
    const named = HEADING_NAME.exec(style.name);
    if (style.outlineLevel !== undefined) {
      if (style.outlineLevel < BODY_OUTLINE_LEVEL) info.headingLevel = style.outlineLevel + 1;
      else delete info.headingLevel;
    } else if (named) {
      info.headingLevel = Number(named[1]);
    }
    if (style.numId !== undefined) info.numId = style.numId;
    if (style.ilvl !== undefined) info.ilvl = style.ilvl;
    resolved.set(id, info);
    return info;
  };
  for (const id of raw.keys()) resolve(id, 0);
  return resolved;
}

/** Outline level written on a paragraph itself: a heading level, body text (null) or not set. */
export function paragraphOutlineLevel(value: number | undefined): number | null | undefined {
  if (value === undefined) return undefined;
  return value < BODY_OUTLINE_LEVEL ? value + 1 : null;
}
