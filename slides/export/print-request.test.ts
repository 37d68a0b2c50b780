import { describe, expect, it } from 'vitest';
import { parsePrintQuery, printQuery } from '../../electron/common/print.ts';
import { isAudienceLayout, makePrintRequest, PrintRequestError } from './print-request.ts';

describe('print requests from loose input', () => {
  it('checks the layout, the handout size and the watermark', () => {
    expect(makePrintRequest({ kind: 'handout' })).toEqual({ kind: 'handout', perPage: 3 });
    expect(makePrintRequest({ kind: 'handout', perPage: '6' })).toEqual({ kind: 'handout', perPage: 6 });
    expect(makePrintRequest({ kind: 'official', watermark: '  内部资料   注意保存 ' })).toEqual({ kind: 'official', watermark: '内部资料 注意保存' });
    expect(() => makePrintRequest({ kind: 'poster' })).toThrow(/Unknown PDF layout "poster": use one of slides, notes, handout, reading, official/);
    expect(() => makePrintRequest({ kind: 'handout', perPage: 5 })).toThrow(/must be one of 2, 3, 4, 6/);
    expect(() => makePrintRequest({ kind: 'slides', perPage: 4 })).toThrow(/handouts and notes pages only/);
    expect(() => makePrintRequest({ kind: 'notes', watermark: '字'.repeat(41) })).toThrow(PrintRequestError);
  });

  it('notes pages: 1 or 2 slides a page (1 by default, left out of the request), large type on request', () => {
    expect(makePrintRequest({ kind: 'notes' })).toEqual({ kind: 'notes' });
    expect(makePrintRequest({ kind: 'notes', perPage: '1' })).toEqual({ kind: 'notes' });
    expect(makePrintRequest({ kind: 'notes', perPage: 2, largeType: true })).toEqual({ kind: 'notes', perPage: 2, largeType: true });
    expect(() => makePrintRequest({ kind: 'notes', perPage: 4 })).toThrow(/Notes pages take 1, 2 slides a page, not "4"/);
    expect(() => makePrintRequest({ kind: 'reading', largeType: true })).toThrow(/notes pages only/);
  });

  it('turns the speaker aids off in the reading copy only (they are on unless asked)', () => {
    expect(makePrintRequest({ kind: 'reading' })).toEqual({ kind: 'reading' });
    expect(makePrintRequest({ kind: 'reading', aids: false })).toEqual({ kind: 'reading', aids: false });
    expect(() => makePrintRequest({ kind: 'slides', aids: false })).toThrow(/reading copy only/);
  });

  it('round-trips through the print view\'s query string, watermark included', () => {
    for (const request of [makePrintRequest({ kind: 'handout', perPage: 2, watermark: '内部资料 注意保存' }), makePrintRequest({ kind: 'reading' })]) {
      expect(parsePrintQuery(new URLSearchParams(printQuery(request)))).toEqual(request);
    }
    expect(parsePrintQuery(new URLSearchParams(`kind=notes&watermark=${'字'.repeat(41)}`))).toBeUndefined();
  });

  it('knows which layouts the hall sees', () => {
    expect(['slides', 'notes', 'handout', 'reading', 'official'].filter((k) => isAudienceLayout(k as never))).toEqual(['slides', 'handout']);
  });
});
