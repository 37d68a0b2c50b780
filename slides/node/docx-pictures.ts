/**
 * The pictures of a .docx report, each with the text it sits in (its paragraph, or the last
 * paragraph with text before it), so the editor can offer it on the slide that reads that text.
 * Separate from the .docx text reader on purpose: reading the text never decodes pictures.
 */
import { compactText } from '../core/text.ts';
import type { DeckModel } from '../core/model.ts';
import { checkDocxExpansion } from './docx-limits.ts';
import { checkPicture, pictureDataUrl } from './pictures.ts';

interface DocxElement {
  type: string;
  value?: string;
  children?: DocxElement[];
  altText?: string;
  readAsBuffer?: () => Promise<Buffer>;
}

export interface ReportPicture {
  /** A name for it: its alt text, else 图片 n. */
  name: string;
  /** The picture as a checked data: URL (an SVG sanitised). */
  url: string;
  /** Text of the paragraph it sits in, or of the last paragraph with text before it. */
  near: string;
}

/** Most pictures offered from one report, and the largest offered: the deck crosses to every view with them. */
const MAX_OFFERED = 40;
const MAX_OFFERED_BYTES = 5 * 1024 * 1024;

function textOf(element: DocxElement): string {
  if (element.type === 'text') return element.value ?? '';
  return (element.children ?? []).map(textOf).join('');
}

/** Pictures of a .docx in document order; broken, unsupported and huge ones are left out. */
export async function docxPictures(bytes: Uint8Array): Promise<ReportPicture[]> {
  // The same bounds after decompression as the text reader (docx-limits.ts): a bomb is refused before mammoth unzips it.
  await checkDocxExpansion(bytes);
  const found: { element: DocxElement; near: string }[] = [];
  let lastText = '';
  const walk = (element: DocxElement, paragraph: string | undefined): void => {
    if (element.type === 'image') {
      found.push({ element, near: paragraph && paragraph.trim() !== '' ? paragraph : lastText });
      return;
    }
    const own = element.type === 'paragraph' ? textOf(element) : paragraph;
    for (const child of element.children ?? []) walk(child, own);
    if (element.type === 'paragraph' && own !== undefined && own.trim() !== '') lastText = own;
  };
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { default: mammoth } = await import('mammoth');
  await mammoth.convertToHtml({ buffer }, {
    convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
    transformDocument: (document: DocxElement) => {
      walk(document, undefined);
      return document;
    },
  });
  const pictures: ReportPicture[] = [];
  for (const [index, { element, near }] of found.slice(0, MAX_OFFERED).entries()) {
    const name = element.altText?.trim() || `图片 ${index + 1}`;
    try {
      const data = await element.readAsBuffer?.();
      if (!data || data.length > MAX_OFFERED_BYTES) continue;
      pictures.push({ name, url: pictureDataUrl(checkPicture(name, new Uint8Array(data))), near });
    } catch {
      // A picture Word kept but Podium cannot show (EMF, a broken one): not offered.
    }
  }
  return pictures;
}

/**
 * The deck with each report picture offered on the slide that reads the text it sits in (the
 * end of that text, for a paragraph split over slides); a picture whose text is on no slide is
 * offered on none.
 */
export function offerPictures(deck: DeckModel, pictures: readonly ReportPicture[]): DeckModel {
  if (pictures.length === 0) return deck;
  const notes = deck.slides.map((s) => compactText(s.notes));
  const slides = deck.slides.map((s) => ({ ...s }));
  for (const picture of pictures) {
    const text = compactText(picture.near);
    const tail = text.slice(-24);
    const at = tail === '' ? -1 : notes.findIndex((n) => n.includes(tail));
    const slide = slides[at];
    if (!slide) continue;
    slide.offeredPictures = [...(slide.offeredPictures ?? []), { src: picture.url, alt: picture.name }];
  }
  return { ...deck, slides };
}
