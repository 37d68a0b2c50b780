
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

export async function docxToText(bytes: Uint8Array): Promise<string> {
  // mammoth (and its zip and XML libraries) loads only for a .docx: ~0.15–0.25 s every other command need not pay.
  const { default: mammoth } = await import('mammoth');
  /** Images are not needed for the text: skip decoding them. */
  const skipImages = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let text = '';
  await mammoth.convertToHtml({ buffer }, {
    convertImage: skipImages,
    transformDocument: (document: DocxElement) => {
      text = elementText(document);
      return document;
    },
  });
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== '')
    .join('\n');
}
