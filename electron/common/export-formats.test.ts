import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, FormatListError, batchFileName, deckStem, parseFormats } from './export-formats.ts';

describe('parseFormats', () => {
  it('reads one format, a comma list in the order given (each once), and all', () => {
    expect(parseFormats('slides')).toEqual(['slides']);
    expect(parseFormats('pptx, Notes,slides,notes')).toEqual(['pptx', 'notes', 'slides']);
    expect(parseFormats('all')).toEqual(EXPORT_FORMATS.filter((f) => f !== 'changes'));
    expect(EXPORT_FORMATS).toEqual(['slides', 'notes', 'handout', 'reading', 'official', 'changes', 'proof', 'pptx', 'html']);
    expect(parseFormats('all')).toContain('proof');
  });

  it('names every unknown format and lists the known ones', () => {
    expect(() => parseFormats('slides,docx,odp')).toThrow(FormatListError);
    expect(() => parseFormats('slides,docx,odp')).toThrow(/Unknown formats "docx", "odp"\. Use one or more of slides, notes, handout, reading, official, changes, proof, pptx, html/);
    expect(() => parseFormats(' , ')).toThrow(/No format given/);
  });
});

describe('batch file names', () => {
  it('are <deck>-<layout>.pdf for the PDFs and <deck>.pptx / <deck>.html', () => {
    const stem = deckStem('/work/reports/town-report.docx');
    expect(stem).toBe('town-report');
    expect(EXPORT_FORMATS.map((format) => batchFileName(stem, format))).toEqual([
      'town-report-slides.pdf', 'town-report-notes.pdf', 'town-report-handout.pdf', 'town-report-reading.pdf', 'town-report-official.pdf', 'town-report-changes.pdf', 'town-report-proof.pdf', 'town-report.pptx', 'town-report.html',
    ]);
    expect(deckStem('报告.txt')).toBe('报告');
    expect(deckStem('C:\\docs\\.hidden')).toBe('.hidden');
  });
});
