import mammoth from 'mammoth';
import { checkDocxExpansion, checkDocxText } from './docx-limits.ts';

/**
 * A .docx as plain text, one paragraph per line (headings and table cells too),
 * so the outline step sees the same shape as in a .txt report.
 *
 * mammoth's extractRawText drops soft line breaks (Shift+Enter), which would glue
 * together the lines of a title block typed as one paragraph. So we walk mammoth's
 * document tree ourselves (handed to us through transformDocument) and end a line
 * at every paragraph and every break.
 */

interface DocxElement {
  type: string;
  value?: string;
  children?: DocxElement[];
}

function elementText(element: DocxElement): string {
  switch (element.type) {
    case 'text':
      return element.value ?? '';
    case 'tab':
      return '\t';
    case 'break':
      return '\n';
    default: {
      const inner = (element.children ?? []).map(elementText).join('');
      return element.type === 'paragraph' ? `${inner}\n` : inner;
    }
  }
}

/** Images are not needed for the text: skip decoding them. */
const skipImages = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

export async function docxToText(bytes: Uint8Array): Promise<string> {
  // Bounded after decompression too (docx-limits.ts): a bomb is refused before mammoth unzips it.
  await checkDocxExpansion(bytes);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let text = '';
  await mammoth.convertToHtml({ buffer }, {
    convertImage: skipImages,
    transformDocument: (document: DocxElement) => {
      text = elementText(document);
      return document;
    },
  });
  return checkDocxText(text)
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== '')
    .join('\n');
}
