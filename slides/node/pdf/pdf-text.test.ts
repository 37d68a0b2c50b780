import { describe, expect, it } from 'vitest';
import { tinyPdf } from '../fixtures/tiny-pdf.ts';
import { decodeReport } from '../read-report.ts';
import { paragraphsOf, type PdfLine, type PdfPage } from './pdf-text.ts';

/** A4 in points; body text 16 pt from x = 79 to 522, a line every 29 pt, as in an official copy. */
const LEFT = 79;
const RIGHT = 522;
const SIZE = 16;

function line(text: string, y: number, options: { indent?: number; full?: boolean; size?: number; x?: number; right?: number } = {}): PdfLine {
  const size = options.size ?? SIZE;
  const x = options.x ?? LEFT + (options.indent ?? 0) * SIZE;
  const right = options.right ?? (options.full ? RIGHT : x + [...text].length * size);
  return { text, x, right, y, size };
}

function page(lines: PdfLine[]): PdfPage {
  return { width: 595, height: 842, lines };
}

describe('PDF lines → paragraphs', () => {
  it('joins wrapped lines, starts a paragraph at a two-character indent or after a short line, and keeps a centred title apart', () => {
    const pages = [
      page([
        line('坚定信心 勇担使命 砥砺奋进', 716, { x: 167, right: 429 }),
        line('全力打造共同富裕示范区X的先行镇', 678, { size: 22, x: 127, right: 473 }),
        line('各位代表、同志们：', 585),
        line('现在，我代表中国共产党X镇第X届委员会向大会作报告，', 557, { indent: 2, full: true }),
        line('请予审议。', 528),
        line('一、过去五年的工作回顾', 498, { indent: 2 }),
        line('过去五年，在县委的正确领导下，X党委带领X人民，凝心', 470, { indent: 2, full: true }),
        line('聚力、开拓进取、实干快干，倾力推进“工贸品质新城、历史文', 441, { full: true }),
        line('— 1 —', 74, { x: 469, right: 508, size: 14 }),
      ]),
      page([
        line('化名城、幸福田园美城”三城建设，多项工作走在全县乃至全市', 760, { full: true }),
        line('前列。', 731),
        line('Economic output rose by X percent over the', 702, { indent: 2, full: true }),
        line('five years.', 673),
        line('— 2 —', 74, { x: 469, right: 508, size: 14 }),
      ]),
    ];
    const { paragraphs, dropped } = paragraphsOf(pages);
    expect(paragraphs.map((p) => p.text)).toEqual([
      '坚定信心 勇担使命 砥砺奋进',
      '全力打造共同富裕示范区X的先行镇',
      '各位代表、同志们：',
      '现在，我代表中国共产党X镇第X届委员会向大会作报告，请予审议。',
      '一、过去五年的工作回顾',
      '过去五年，在县委的正确领导下，X党委带领X人民，凝心聚力、开拓进取、实干快干，倾力推进“工贸品质新城、历史文化名城、幸福田园美城”三城建设，多项工作走在全县乃至全市前列。',
      'Economic output rose by X percent over the five years.',
    ]);
    expect(dropped).toBe(2);
  });

  it('drops running headers repeated on most pages and page numbers in their many forms, not the same words in the body', () => {
    const running = (n: number): PdfLine[] => [line('X镇党委文件', 800, { x: 250, right: 345 }), line(`第 ${n} 页 共 3 页`, 40, { x: 260, right: 340 })];
    const body = (n: number): PdfLine[] => [
      line(`第${n}段正文，按照X镇党委文件要求，全面落实各项`, 600, { indent: 2, full: true }),
      line('工作部署，确保取得实效，推动全镇经济社会高质量发展再上', 571, { full: true }),
      line('新台阶。', 542),
    ];
    const pages = [1, 2, 3].map((n) => page([...running(n), ...body(n)]));
    const { paragraphs, dropped } = paragraphsOf(pages);
    expect(paragraphs.map((p) => p.text)).toEqual([1, 2, 3].map((n) => `第${n}段正文，按照X镇党委文件要求，全面落实各项工作部署，确保取得实效，推动全镇经济社会高质量发展再上新台阶。`));
    expect(dropped).toBe(6);
  });
});

/** A PDF with one page and no text (a filled rectangle, as a scan is a picture). */
function pdfWithoutText(): Uint8Array {
  const stream = '0.5 g 50 50 495 742 re f';
  return tinyPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
  ]);
}

describe('a PDF without text', () => {
  it('gets a clear message: a scan or image-only print, use the original file', async () => {
    const error = await decodeReport('scan.pdf', pdfWithoutText()).then(() => undefined, (e: unknown) => e);
    expect(error).toMatchObject({ details: { code: 'EMPTY', file: 'scan.pdf' } });
    const { details } = error as { details: { message: string; hint: string } };
    expect(details.message).toMatch(/The PDF has no text in it \(1 page\(s\) of pictures: a scan or an image-only print\)/);
    expect(details.hint).toMatch(/original Word or text file/);
  });
});
