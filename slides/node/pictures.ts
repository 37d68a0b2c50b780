/**
 * Pictures for a deck: checked by their bytes (not their name), SVG sanitised, copied into the
 * deck's own folder (pictures/) so the folder travels whole to the venue laptop. A picture that
 * is broken, of an unsupported type or too large is refused with a DeckError (code PICTURE)
 * that says which file and what to do; nothing is written then.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extname, join, relative, resolve, sep } from 'node:path';
import { createRequire } from 'node:module';
import type createDOMPurify from 'dompurify';
import { imageSize } from 'image-size';
import type { JSDOM } from 'jsdom';
import { DeckError } from '../core/errors.ts';
import type { DeckModel } from '../core/model.ts';
import { isPictureSrc } from '../core/pictures.ts';
import { writeFileAtomic } from './write-atomic.ts';
import { say, type MessageKey, type MessageValues, type UiLang } from '../core/messages/catalogue.ts';

export type PictureType = 'png' | 'jpeg' | 'webp' | 'svg';

/** Largest picture file accepted (a photo straight from a camera is well under this). */
export const MAX_PICTURE_BYTES = 25 * 1024 * 1024;
/** Largest SVG text accepted: drawings are small; more is a bomb or not a drawing. */
export const MAX_SVG_BYTES = 2 * 1024 * 1024;
/** Longest side of a raster picture, and most pixels: a 30000×30000 picture would take 3.6 GB to show. */
export const MAX_PICTURE_SIDE = 12_000;
export const MAX_PICTURE_PIXELS = 50_000_000;
/** The folder beside the deck file that holds its pictures. */
export const PICTURES_FOLDER = 'pictures';

const EXTENSION: Readonly<Record<PictureType, string>> = { png: '.png', jpeg: '.jpg', webp: '.webp', svg: '.svg' };
export const PICTURE_MIME: Readonly<Record<PictureType, string>> = { png: 'image/png', jpeg: 'image/jpeg', webp: 'image/webp', svg: 'image/svg+xml' };

export interface CheckedPicture {
  type: PictureType;
  width: number;
  height: number;
  /** The bytes to store: the file as given, or the sanitised SVG. */
  data: Uint8Array;
}

function refuse(file: string, message: MessageKey, hint: MessageKey, values: MessageValues = {}): never {
  throw new DeckError({ code: 'PICTURE', file, message: { key: message, values }, hint: { key: hint, values } });
}

const megabytes = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0): boolean => prefix.every((b, i) => bytes[at + i] === b);
const ascii = (bytes: Uint8Array, from: number, to: number): string => String.fromCharCode(...bytes.subarray(from, to));

/** The picture type its first bytes say, or 'svg' for text that holds an <svg> element near its start. */
function sniffType(bytes: Uint8Array): PictureType | undefined {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'webp';
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, '').trimStart();
  if (/^<(?:\?xml|!--|!DOCTYPE svg|svg[\s>])/i.test(head) && /<svg[\s>]/i.test(head)) return 'svg';
  return undefined;
}

/** Whether the file is whole: a cut-off download or a damaged copy shows as a broken picture in the hall. */
function isWhole(type: Exclude<PictureType, 'svg'>, bytes: Uint8Array): boolean {
  if (type === 'png') return ascii(bytes, bytes.length - 8, bytes.length - 4) === 'IEND';
  if (type === 'webp') return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(4, true) + 8 <= bytes.length;
  // JPEG: the end-of-image marker, allowing for padding some cameras add after it.
  const tail = bytes.subarray(Math.max(0, bytes.length - 4096));
  for (let i = tail.length - 2; i >= 0; i--) if (tail[i] === 0xff && tail[i + 1] === 0xd9) return true;
  return false;
}

let purifier: ReturnType<typeof createDOMPurify> | undefined;

/**
 * jsdom and DOMPurify take 0.3–0.6 s to load, more than a whole `podium build`: they load when
 * an SVG is first sanitised, with a CommonJS require so sanitizeSvg stays synchronous. The
 * Electron build lists them among the main bundle's imports (build/scripts/build-electron.ts).
 */
export const LAZILY_REQUIRED = ['jsdom', 'dompurify'] as const;
const requireLazily = createRequire(import.meta.url);

/**
 * The SVG with scripts, event handlers, foreign content and links out removed (DOMPurify's SVG
 * profile), as a standalone SVG file. Parsed as HTML, which expands no custom entities.
 */
/** CSS that reaches outside the drawing (@import, url() of anything but a fragment of the drawing itself) is removed. */
function insideCss(css: string): string {
  return css.replace(/@import[^;]*;?/gi, '').replace(/url\(\s*(?!['"]?#)[^)]*\)/gi, 'none');
}

function makePurifier(): ReturnType<typeof createDOMPurify> {
  const { JSDOM: Dom } = requireLazily('jsdom') as { JSDOM: typeof JSDOM };
  const makeDomPurify = requireLazily('dompurify') as typeof createDOMPurify;
  const purify = makeDomPurify(new Dom('').window);
  purify.addHook('uponSanitizeElement', (node, data) => {
    if (data.tagName === 'style' && node.textContent) node.textContent = insideCss(node.textContent);
  });
  purify.addHook('uponSanitizeAttribute', (_node, data) => {
    if (data.attrName === 'style') data.attrValue = insideCss(data.attrValue);
  });
  return purify;
}

export function sanitizeSvg(text: string): string {
  purifier ??= makePurifier();
  const clean = purifier.sanitize(text, { USE_PROFILES: { svg: true, svgFilters: true }, FORBID_TAGS: ['foreignObject', 'use', 'image', 'a'] });
  const svg = clean.trim();
  if (!/^<svg[\s>]/i.test(svg)) return '';
  // HTML serialisation: named entities become numeric, the root gets its namespace back.
  const xml = svg.replace(/&nbsp;/g, '&#160;');
  return /^<svg[^>]*\sxmlns=/i.test(xml) ? xml : xml.replace(/^<svg/i, '<svg xmlns="http://www.w3.org/2000/svg"');
}

function svgSize(svg: string): { width: number; height: number } {
  try {
    const size = imageSize(new TextEncoder().encode(svg));
    if (size.width && size.height) return { width: size.width, height: size.height };
  } catch {
    // No width/height and no viewBox: a drawing with no size of its own.
  }
  return { width: 800, height: 600 };
}

/** Checks a picture's bytes: type, wholeness, size; SVG is sanitised. Throws DeckError PICTURE. */
export function checkPicture(name: string, bytes: Uint8Array): CheckedPicture {
  if (bytes.length === 0) refuse(name, 'picture.empty', 'picture.empty.hint');
  if (bytes.length > MAX_PICTURE_BYTES) {
    refuse(name, 'picture.tooLarge', 'picture.smaller.hint', { size: megabytes(bytes.length), max: MAX_PICTURE_BYTES / 1024 / 1024 });
  }
  const type = sniffType(bytes);
  if (!type) refuse(name, 'picture.notPicture', 'picture.notPicture.hint');
  if (type === 'svg') {
    if (bytes.length > MAX_SVG_BYTES) refuse(name, 'picture.svgTooLarge', 'picture.asPng.hint', { size: megabytes(bytes.length), max: MAX_SVG_BYTES / 1024 / 1024 });
    let svg: string;
    try {
      svg = sanitizeSvg(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    } catch {
      refuse(name, 'picture.svgUnreadable', 'picture.asPng.hint');
    }
    if (svg === '') refuse(name, 'picture.svgEmpty', 'picture.asPng.hint');
    return { type, ...svgSize(svg), data: new TextEncoder().encode(svg) };
  }
  let size: { width?: number | undefined; height?: number | undefined };
  try {
    size = imageSize(bytes);
  } catch {
    refuse(name, 'picture.noSize', 'picture.resave.hint', { type: type.toUpperCase() });
  }
  const { width, height } = size;
  if (!width || !height) refuse(name, 'picture.zeroSize', 'picture.resave.hint', { type: type.toUpperCase() });
  if (width > MAX_PICTURE_SIDE || height > MAX_PICTURE_SIDE || width * height > MAX_PICTURE_PIXELS) {
    refuse(name, 'picture.tooManyPixels', 'picture.smaller.hint', { width, height, side: MAX_PICTURE_SIDE, million: MAX_PICTURE_PIXELS / 1_000_000 });
  }
  if (!isWhole(type, bytes)) refuse(name, 'picture.cut', 'picture.cut.hint', { type: type.toUpperCase() });
  return { type, width, height, data: bytes };
}

/** A file name the deck can refer to: the picture's own name (letters, digits, - and _) and a content hash. */
function storedName(name: string, picture: CheckedPicture): string {
  const base = name.replace(/\.[^.]*$/u, '').replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^[-_]+|[-_]+$/g, '').slice(0, 40) || 'picture';
  const hash = createHash('sha256').update(picture.data).digest('hex').slice(0, 10);
  return `${base}-${hash}${EXTENSION[picture.type]}`;
}

export interface StoredPicture {
  /** Path relative to the deck's folder, e.g. pictures/plant-3f9a0c12de.png. */
  src: string;
  /** The picture's own name, for its alt text. */
  alt: string;
  width: number;
  height: number;
}

/** Checks the picture and copies it into `<deckFolder>/pictures/` (atomically; the same picture twice is one file). */
export async function storePicture(deckFolder: string, name: string, bytes: Uint8Array): Promise<StoredPicture> {
  const picture = checkPicture(name, bytes);
  const file = storedName(name, picture);
  const src = `${PICTURES_FOLDER}/${file}`;
  if (!isPictureSrc(src)) throw new Error(`stored picture name ${src} is not a deck picture path`);
  await writeFileAtomic(join(deckFolder, PICTURES_FOLDER, file), picture.data, { createFolder: true });
  const alt = name.replace(/\.[^.]*$/u, '').replace(/\s+/gu, ' ').trim().slice(0, 100);
  return { src, alt, width: picture.width, height: picture.height };
}

/**
 * The file a deck's picture path names, inside `deckFolder`, or undefined when the path is not a
 * deck picture path or would leave the folder.
 */
export function pictureFile(deckFolder: string, src: string): string | undefined {
  if (!isPictureSrc(src)) return undefined;
  const folder = resolve(deckFolder);
  const file = resolve(folder, ...src.split('/'));
  const inside = relative(folder, file);
  return inside !== '' && !inside.startsWith('..') && !inside.startsWith(sep) ? file : undefined;
}

/** The picture type of a deck picture path, by its extension (the bytes were checked when it was added). */
export function pictureTypeOf(src: string): PictureType | undefined {
  const ext = extname(src).toLowerCase();
  if (ext === '.png') return 'png';
  if (ext === '.jpg' || ext === '.jpeg') return 'jpeg';
  if (ext === '.webp') return 'webp';
  if (ext === '.svg') return 'svg';
  return undefined;
}

/**
 * Reads a deck's picture for an export or a view, checked again (a deck file edited by hand may
 * name any file in its folder); undefined when it is missing, not a deck picture, or refused.
 */
export async function readPicture(deckFolder: string, src: string): Promise<CheckedPicture | undefined> {
  const file = pictureFile(deckFolder, src);
  if (!file) return undefined;
  try {
    return checkPicture(src, new Uint8Array(await readFile(file)));
  } catch {
    return undefined;
  }
}

/** A checked picture as a data: URL (what a single file, a PDF print page or a PPTX takes). */
export function pictureDataUrl(picture: CheckedPicture): string {
  return `data:${PICTURE_MIME[picture.type]};base64,${Buffer.from(picture.data).toString('base64')}`;
}

/**
 * The deck with each slide's picture read from `deckFolder` and put in as a data: URL, for the
 * exports that carry their pictures inside (PDF, PPTX, single-file HTML). A picture that is
 * missing or refused is left out of its slide (the slide keeps its text) and named in `missing`.
 */
export async function inlinePictures(deck: DeckModel, deckFolder: string): Promise<{ deck: DeckModel; missing: string[] }> {
  const missing: string[] = [];
  const cache = new Map<string, string | undefined>();
  const slides = await Promise.all(
    deck.slides.map(async (slide) => {
      if (!slide.picture || slide.picture.src.startsWith('data:')) return slide;
      const { src } = slide.picture;
      if (!cache.has(src)) {
        const picture = await readPicture(deckFolder, src);
        cache.set(src, picture ? pictureDataUrl(picture) : undefined);
      }
      const url = cache.get(src);
      if (url === undefined) {
        if (!missing.includes(src)) missing.push(src);
        const { picture: _gone, ...rest } = slide;
        return rest;
      }
      return { ...slide, picture: { ...slide.picture, src: url } };
    }),
  );
  const meta = { ...deck.meta };
  delete meta.pictureBase;
  return { deck: { ...deck, meta, slides }, missing };
}

/** Bytes and type of a data: URL picture (as inlinePictures makes them), or undefined. */
export function dataUrlPicture(url: string): { type: PictureType; data: Uint8Array } | undefined {
  const match = /^data:image\/(png|jpeg|webp|svg\+xml);base64,([A-Za-z0-9+/=]+)$/.exec(url);
  if (!match) return undefined;
  const type = match[1] === 'svg+xml' ? 'svg' : (match[1] as PictureType);
  return { type, data: new Uint8Array(Buffer.from(match[2] as string, 'base64')) };
}

/**
 * Copies the deck's pictures (checked again) from `deckFolder` into `outFolder` under the same
 * paths, for a static copy of the deck; a picture that is missing or refused is left out of its
 * slide and named in `missing`.
 */
export async function copyPictures(deck: DeckModel, deckFolder: string, outFolder: string): Promise<{ deck: DeckModel; missing: string[] }> {
  const missing: string[] = [];
  const copied = new Set<string>();
  const slides = [];
  for (const slide of deck.slides) {
    const src = slide.picture?.src;
    if (src === undefined || copied.has(src)) {
      slides.push(slide);
      continue;
    }
    const picture = missing.includes(src) ? undefined : await readPicture(deckFolder, src);
    const target = pictureFile(outFolder, src);
    if (!picture || !target) {
      if (!missing.includes(src)) missing.push(src);
      const { picture: _gone, ...rest } = slide;
      slides.push(rest);
      continue;
    }
    await writeFileAtomic(target, picture.data, { createFolder: true });
    copied.add(src);
    slides.push(slide);
  }
  const meta = { ...deck.meta };
  delete meta.pictureBase;
  return { deck: { ...deck, meta, slides }, missing };
}

/** The warning a command prints for pictures it could not take along, in the reader's language. */
export function missingPicturesWarning(file: string, missing: readonly string[], lang: UiLang = 'en'): string {
  return missing.map((src) => `podium: ${file}: ${say(lang, { key: 'picture.missing', values: { src } })}\n`).join('');
}
