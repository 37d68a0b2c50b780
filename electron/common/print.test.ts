import { describe, expect, it } from 'vitest';
import { parsePrintQuery, printQuery, type PrintRequest } from './print.ts';

describe('print query', () => {
  it.each<PrintRequest>([{ kind: 'slides' }, { kind: 'notes' }, { kind: 'notes', perPage: 2 }, { kind: 'notes', largeType: true }, { kind: 'notes', perPage: 2, largeType: true }, { kind: 'handout', perPage: 6 }, { kind: 'reading' }, { kind: 'reading', aids: false }, { kind: 'official' }, { kind: 'official', faces: ['title', 'body', 'heading2'] }])(
    'round-trips %o',
    (request) => {
      expect(parsePrintQuery(new URLSearchParams(printQuery(request)))).toEqual(request);
    },
  );

  it('handouts default to 3 per page (the one with ruled lines)', () => {
    expect(printQuery({ kind: 'handout' })).toEqual({ kind: 'handout', perPage: '3' });
  });

  it('speaker aids are on in the reading copy unless turned off, and belong to no other kind', () => {
    expect(printQuery({ kind: 'reading' })).toEqual({ kind: 'reading' });
    expect(printQuery({ kind: 'reading', aids: false })).toEqual({ kind: 'reading', aids: 'off' });
    expect(parsePrintQuery(new URLSearchParams('kind=reading'))?.aids).toBeUndefined();
    expect(parsePrintQuery(new URLSearchParams('kind=notes&aids=off'))).toEqual({ kind: 'notes' });
    expect(parsePrintQuery(new URLSearchParams('kind=reading&aids=maybe'))).toBeUndefined();
  });

  it('notes pages: 1 a page unless 2 are asked for; large type for notes pages only', () => {
    expect(printQuery({ kind: 'notes' })).toEqual({ kind: 'notes' });
    expect(printQuery({ kind: 'notes', perPage: 1 })).toEqual({ kind: 'notes' });
    expect(printQuery({ kind: 'notes', perPage: 2, largeType: true })).toEqual({ kind: 'notes', perPage: '2', type: 'large' });
    expect(parsePrintQuery(new URLSearchParams('kind=notes&perPage=1'))).toEqual({ kind: 'notes' });
    expect(parsePrintQuery(new URLSearchParams('kind=notes&perPage=3'))).toBeUndefined();
    expect(parsePrintQuery(new URLSearchParams('kind=reading&type=large'))).toBeUndefined();
    expect(parsePrintQuery(new URLSearchParams('kind=notes&type=huge'))).toBeUndefined();
  });

  it('the official copy names the roles set in system faces, known roles only, each once', () => {
    expect(printQuery({ kind: 'official', faces: ['body', 'heading1'] })).toEqual({ kind: 'official', faces: 'body,heading1' });
    expect(printQuery({ kind: 'official', faces: [] })).toEqual({ kind: 'official' });
    expect(parsePrintQuery(new URLSearchParams('kind=official&faces=body,evil'))).toBeUndefined();
    expect(parsePrintQuery(new URLSearchParams('kind=official&faces=body,body'))).toBeUndefined();
    expect(parsePrintQuery(new URLSearchParams('kind=reading&faces=body'))).toBeUndefined();
  });

  it('refuses unknown kinds and layouts', () => {
    expect(parsePrintQuery(new URLSearchParams('kind=evil'))).toBeUndefined();
    expect(parsePrintQuery(new URLSearchParams(''))).toBeUndefined();
    expect(parsePrintQuery(new URLSearchParams('kind=handout&perPage=5'))).toBeUndefined();
  });
});
