import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tinyPdf } from '../node/fixtures/tiny-pdf.ts';
import { PdfInfoError, pdfTextString, withPdfInfo } from './pdf-info.ts';

/** A minimal one-page PDF with a classic xref table, offsets computed. */
function tinyPdfWithInfo(): Uint8Array {
  return tinyPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 100 100] >>',
    '<< /Producer (Skia/PDF m156) /CreationDate (D:20260101000000Z) /Title (old) >>',
  ], '/Info 4 0 R');
}

describe('PDF document information', () => {
  it('encodes text as UTF-16BE hex with a byte-order mark', () => {
    expect(pdfTextString('讲A')).toBe('<FEFF8BB20041>');
  });

  it('adds title, author and subject in an incremental update that readers accept, keeping the creation date', () => {
    const dir = mkdtempSync(join(tmpdir(), 'podium-pdfinfo-'));
    try {
      const file = join(dir, 'x.pdf');
      writeFileSync(file, withPdfInfo(tinyPdfWithInfo(), { title: '全力打造先行镇', author: '中共X镇委员会', subject: '讲话稿' }));
      const info = execFileSync('pdfinfo', ['-enc', 'UTF-8', file], { encoding: 'utf8' });
      expect(info).toMatch(/Title:\s+全力打造先行镇/);
      expect(info).toMatch(/Author:\s+中共X镇委员会/);
      expect(info).toMatch(/Subject:\s+讲话稿/);
      expect(info).toMatch(/Producer:\s+Skia\/PDF m156/);
      expect(info).toMatch(/CreationDate:\s+\S/);
      expect(info).toMatch(/Pages:\s+1/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a file without a classic trailer', () => {
    expect(() => withPdfInfo(Buffer.from('%PDF-1.7\nnot really\n'), { title: 't', author: 'a' })).toThrow(PdfInfoError);
  });
});
