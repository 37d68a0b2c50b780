/**
 * Font requests a view makes of its host (over IPC or the local HTTP API): the types and
 * the one check both hosts apply to what a page sends.
 */

/** A bundled font face: family and weight (e.g. Noto Sans SC 700). */
export interface FaceSpec {
  readonly family: string;
  readonly weight: number;
}

/** A small font the host cut from a bundled face for a view's text. */
export interface SubsetFont {
  readonly family: string;
  readonly weight: number;
  /** The characters it holds (what the view registers it for). */
  readonly text: string;
  /** TrueType data. */
  readonly data: Uint8Array;
}

/** A view asks for a few faces at once (four for slides). */
export const MAX_FONT_FACES = 8;
/** Text to cut fonts for: a screen or a deck's slides (the subsetter limits distinct characters). */
export const MAX_FONT_TEXT = 1_000_000;

/** What is wrong with a font request, in one sentence fragment. */
export class FontRequestError extends Error {
  override name = 'FontRequestError';
}

function kind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

/** The faces and text of a font request, checked; a FontRequestError says what is wrong. */
export function checkFontRequest(faces: unknown, text: unknown): { faces: FaceSpec[]; text: string } {
  if (!Array.isArray(faces) || faces.length === 0 || faces.length > MAX_FONT_FACES) throw new FontRequestError(`faces must be an array of 1–${MAX_FONT_FACES} faces`);
  const checked = faces.map((face: unknown, i): FaceSpec => {
    if (typeof face !== 'object' || face === null || Object.getPrototypeOf(face) !== Object.prototype) throw new FontRequestError(`faces[${i}] must be {family, weight}, got ${kind(face)}`);
    const { family, weight } = face as Record<string, unknown>;
    if (typeof weight !== 'number' || !Number.isInteger(weight) || weight < 1 || weight > 1000) throw new FontRequestError(`faces[${i}].weight must be an integer 1–1000`);
    if (typeof family !== 'string' || family.length > 64 || !/^[A-Za-z][A-Za-z0-9 ]*$/.test(family)) throw new FontRequestError(`faces[${i}].family has an invalid form (letters, digits and spaces, 1–64 characters): ${JSON.stringify(String(family).slice(0, 80))}`);
    return { family, weight };
  });
  if (typeof text !== 'string') throw new FontRequestError(`font text must be a string, got ${kind(text)}`);
  if (text.length > MAX_FONT_TEXT) throw new FontRequestError(`font text is ${text.length} characters, over the ${MAX_FONT_TEXT} limit`);
  return { faces: checked, text };
}
