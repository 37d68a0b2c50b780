/**
 * The bundled fonts at run time. A view asks for the faces and text it is about to
 * show (loadFaces); the host cuts one small font per face holding exactly those
 * characters (Host.fontsFor), so a screen costs one request and no woff2 decoding.
 * Characters the host cannot provide (a static or single-file deck has no host) come
 * from the bundled unicode-range slices: a FontFace per slice the text touches. Once a
 * view is idle it registers every remaining slice, unloaded, so any text that appears
 * later (a search typed, a new slide) still finds bundled glyphs.
 * A single-file export carries its few needed slices inline (inline-fonts.ts).
 */
import { getHost } from '../host/index.ts';
import { BUNDLED_FAMILIES, type FaceSpec, type FontFile } from './bundled-families.ts';
import { INLINE_FONTS_ELEMENT_ID } from './inline-fonts.ts';
import { SliceIndex, codePointsOf, unicodeRangeOf } from './unicode-range.ts';

export type { FaceSpec } from './bundled-families.ts';

const registered = new Map<FontFile, FontFace>();
/** Fonts the host cut, in the order added: they must stay after the slices to take precedence. */
const cut: FontFace[] = [];
/** Per face ("family/weight"), the code points it can already show. */
const covered = new Map<string, Set<number>>();
let inlineUrls: Record<string, string> | null | undefined;
let hostCanCut = true;

const WEIGHTS = new Map(BUNDLED_FAMILIES.map((family) => [family.family, family.weights]));

interface SliceManifest {
  all: readonly FontFile[];
  slices: SliceIndex;
  files: Map<string, Map<number, FontFile>>;
}

/**
 * The slices' manifest, loaded on first need and indexed once (ranges by bisection,
 * files by family, weight and slice): a view whose host cuts fonts starts without it.
 */
let sliceManifest: Promise<SliceManifest> | undefined;
function slicesManifest(): Promise<SliceManifest> {
  sliceManifest ??= import('virtual:podium-font-files').then(({ FONT_MANIFEST }) => {
    const files = new Map<string, Map<number, FontFile>>();
    for (const file of FONT_MANIFEST.files) {
      const key = faceKey(file);
      (files.get(key) ?? files.set(key, new Map()).get(key))?.set(file.range, file);
    }
    return { all: FONT_MANIFEST.files, slices: SliceIndex.fromTable(FONT_MANIFEST.table), files };
  });
  return sliceManifest;
}

const faceKey = (face: FaceSpec): string => `${face.family}/${face.weight}`;

function coveredBy(face: FaceSpec): Set<number> {
  const key = faceKey(face);
  return covered.get(key) ?? covered.set(key, new Set()).get(key) ?? new Set();
}

function urlOf(file: FontFile): string | undefined {
  if (inlineUrls === undefined) {
    const element = document.getElementById(INLINE_FONTS_ELEMENT_ID);
    inlineUrls = element?.textContent ? (JSON.parse(element.textContent) as Record<string, string>) : null;
  }
  return inlineUrls ? inlineUrls[file.name] : file.url;
}

/** The weight font matching picks among the available ones (CSS Fonts 4, "font-weight" matching). */
export function matchWeight(available: readonly number[], desired: number): number | undefined {
  if (available.includes(desired)) return desired;
  const below = available.filter((w) => w < desired).sort((a, b) => b - a);
  const above = available.filter((w) => w > desired).sort((a, b) => a - b);
  if (desired >= 400 && desired <= 500) {
    const upTo500 = above.filter((w) => w <= 500);
    return upTo500[0] ?? below[0] ?? above[0];
  }
  return desired < 400 ? (below[0] ?? above[0]) : (above[0] ?? below[0]);
}

/** The bundled face CSS matching picks for a family and weight. */
function bundledFace(face: FaceSpec): FaceSpec | undefined {
  const weight = matchWeight(WEIGHTS.get(face.family) ?? [], face.weight);
  return weight === undefined ? undefined : { family: face.family, weight };
}

/** The bundled slice files a face needs to show the text. */
function filesFor({ slices, files }: SliceManifest, face: FaceSpec, text: string): FontFile[] {
  const ofFace = files.get(faceKey(face));
  if (!ofFace) return [];
  return [...slices.slicesOf(text)].flatMap((slice) => ofFace.get(slice) ?? []);
}

function register(file: FontFile, slices: SliceIndex): FontFace | undefined {
  const known = registered.get(file);
  if (known) return known;
  const url = urlOf(file);
  if (!url) return undefined;
  const face = new FontFace(file.family, `url("${url}") format("woff2")`, {
    weight: String(file.weight),
    style: 'normal',
    unicodeRange: slices.descriptorOf(file.range),
    display: 'swap',
  });
  document.fonts.add(face);
  registered.set(file, face);
  return face;
}

/** A font the host or the bundle should have given did not arrive; the text is shown in a fallback. */
export interface FontProblem {
  what: 'host' | 'cut' | 'slice';
  /** The error's own words (e.g. the host's reason the font engine did not start). */
  reason: string;
}
type FontProblemListener = (problem: FontProblem) => void;
const problemListeners = new Set<FontProblemListener>();
let firstProblem: FontProblem | undefined;

/**
 * Tells a view once when fonts fail (a listener added later still hears of an earlier failure),
 * so the presenter can say so instead of the text quietly changing face on the hall's screen.
 */
export function onFontProblem(listener: FontProblemListener): () => void {
  problemListeners.add(listener);
  if (firstProblem) listener(firstProblem);
  return () => problemListeners.delete(listener);
}

function reportOnce(what: FontProblem['what'], description: string, error: unknown): void {
  if (firstProblem) return;
  console.warn(`Podium: ${description}; those characters use the bundled slices or a fallback font.`, error);
  firstProblem = { what, reason: error instanceof Error ? error.message : String(error) };
  for (const listener of problemListeners) listener(firstProblem);
}

/** Asks the host for fonts cut to the text and registers them (they cover what they hold). */
async function loadCut(faces: readonly FaceSpec[], text: string): Promise<void> {
  if (!hostCanCut) return;
  let fonts;
  try {
    fonts = await getHost().fontsFor([...faces], text);
  } catch (error) {
    reportOnce('host', 'the host could not cut fonts', error);
    return;
  }
  if (fonts === null) {
    hostCanCut = false;
    return;
  }
  await Promise.all(
    fonts.map(async (font) => {
      const face = new FontFace(font.family, font.data as Uint8Array<ArrayBuffer>, { weight: String(font.weight), style: 'normal', unicodeRange: unicodeRangeOf(font.text), display: 'swap' });
      try {
        await face.loaded;
      } catch (error) {
        reportOnce('cut', `a font cut for ${font.family} ${font.weight} did not load`, error);
        return;
      }
      document.fonts.add(face);
      cut.push(face);
      for (const point of codePointsOf(font.text)) coveredBy(font).add(point);
    }),
  );
}

/** Loads the text's slices for each face, for what the host did not provide. */
async function loadSlices(faces: readonly FaceSpec[], text: string): Promise<void> {
  if (faces.every((face) => [...text].every((char) => coveredBy(face).has(char.codePointAt(0) as number)))) return;
  const manifest = await slicesManifest();
  await Promise.all(
    faces.map(async (face) => {
      const have = coveredBy(face);
      const missing = [...text].filter((char) => !have.has(char.codePointAt(0) as number)).join('');
      if (!missing.trim()) return;
      await Promise.all(
        filesFor(manifest, face, missing).map(async (file) => {
          try {
            await register(file, manifest.slices)?.load();
          } catch (error) {
            reportOnce('slice', `the bundled font file ${file.name} did not load`, error);
          }
        }),
      );
      // The slices cover whole ranges; what they do not cover no bundled font has.
      for (const point of codePointsOf(missing)) have.add(point);
    }),
  );
}

/** Loads what the faces need to show the text; resolves once it can be measured with real glyphs. */
export async function loadFaces(faces: readonly FaceSpec[], text: string): Promise<void> {
  // The bundled faces these resolve to, each once (700 and 800 may both resolve to 700).
  const byKey = new Map<string, FaceSpec>();
  for (const face of faces) {
    const bundled = bundledFace(face);
    if (bundled) byKey.set(faceKey(bundled), bundled);
  }
  const wanted = [...byKey.values()];
  const chars = [...new Set(text)].filter((char) => char.trim());
  const newChars = chars.filter((char) => wanted.some((face) => !coveredBy(face).has(char.codePointAt(0) as number))).join('');
  if (!newChars) return;
  await loadCut(wanted, newChars);
  await loadSlices(wanted, newChars);
}

/** The bundled family a computed font-family list resolves to, if any. */
function bundledFamily(fontFamily: string): string | undefined {
  return fontFamily
    .split(',')
    .map((name) => name.trim().replace(/^["']|["']$/g, ''))
    .find((name) => WEIGHTS.has(name));
}

/** What the text laid out under `root` needs: each face (computed family and weight) with its characters. */
export function facesIn(root: Element): Array<{ face: FaceSpec; text: string }> {
  const runs = new Map<string, { face: FaceSpec; text: string }>();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    const parent = node.parentElement;
    if (!parent || !text.trim()) continue;
    const style = getComputedStyle(parent);
    const family = bundledFamily(style.fontFamily);
    if (!family) continue;
    const face = { family, weight: Number(style.fontWeight) || 400 };
    const key = faceKey(face);
    const run = runs.get(key) ?? runs.set(key, { face, text: '' }).get(key);
    if (run) run.text += text;
  }
  return [...runs.values()];
}

/** Loads exactly the faces the text under `roots` is set in, in one request to the host. */
export async function loadFacesIn(...roots: Element[]): Promise<void> {
  const runs = roots.flatMap(facesIn);
  await loadFaces(
    runs.map((run) => run.face),
    runs.map((run) => run.text).join(''),
  );
}

/**
 * Registers every remaining slice, unloaded: the browser then fetches one only when
 * text needing it is laid out, so no text ever falls back to a system font. The fonts
 * the host cut go back to the end of the set, where they take precedence over slices.
 */
export async function registerAllFaces(): Promise<void> {
  const manifest = await slicesManifest();
  for (const file of manifest.all) register(file, manifest.slices);
  for (const face of cut) {
    document.fonts.delete(face);
    document.fonts.add(face);
  }
}

/** registerAllFaces once the view is idle, after its first screen. */
export function registerAllFacesWhenIdle(): void {
  requestIdleCallback(() => void registerAllFaces(), { timeout: 3000 });
}
