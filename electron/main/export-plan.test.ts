import { describe, expect, it } from 'vitest';
import { defaultPdfFileName, exportProgress, PRINT_TO_PDF_OPTIONS } from './export-plan.ts';

describe('export plan', () => {
  it('progress rises through the stages and follows the page during layout', () => {
    const points = [
      exportProgress('loading'),
      exportProgress('layout', 0),
      exportProgress('layout', 0.5),
      exportProgress('layout', 1),
      exportProgress('printing'),
      exportProgress('writing'),
      exportProgress('done'),
    ];
    for (let i = 1; i < points.length; i += 1) expect(points[i]).toBeGreaterThanOrEqual(points[i - 1] as number);
    expect(points.at(-1)).toBe(1);
    expect(exportProgress('layout', 7)).toBe(exportProgress('printing'));
    expect(exportProgress('layout', Number.NaN)).toBe(exportProgress('layout', 0));
  });

  it('names the file after the deck and the export, in the UI language', () => {
    expect(defaultPdfFileName('全力打造共同富裕示范区X的先行镇', { kind: 'handout', perPage: 3 }, 'zh-CN')).toBe(
      '全力打造共同富裕示范区X的先行镇 — 讲义（每页3张）.pdf',
    );
    expect(defaultPdfFileName('Annual report', { kind: 'reading' }, 'en')).toBe('Annual report — Reading Copy.pdf');
  });

  it('replaces characters file systems refuse and never yields an empty name', () => {
    expect(defaultPdfFileName('a/b\\c:d*e?"f"<g>|h\u0001', { kind: 'slides' }, 'en')).toBe('a b c d e f g h — Slides.pdf');
    expect(defaultPdfFileName('///', { kind: 'notes' }, 'zh-CN')).toBe('Podium 讲台 — 备注页.pdf');
  });

  it('lets the print view set the page size and asks for an outline and tagged text', () => {
    expect(PRINT_TO_PDF_OPTIONS).toMatchObject({ preferCSSPageSize: true, generateDocumentOutline: true, generateTaggedPDF: true, printBackground: true });
    expect(PRINT_TO_PDF_OPTIONS.margins).toEqual({ top: 0, bottom: 0, left: 0, right: 0 });
  });
});
