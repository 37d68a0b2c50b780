import { describe, expect, it } from 'vitest';
import { INVOKE_CHANNELS, INVOKE_KEYS, EVENT_CHANNELS } from '../common/ipc.ts';
import { EXPORT_FORMATS } from '../common/export-formats.ts';
import { ARG_VALIDATORS, IpcRejection, MAX_OPEN_BYTES, validateRequest, type SenderFrame } from './ipc-validation.ts';

const app: SenderFrame = { url: 'podium://app/presenter.html', isMainFrame: true };

describe('sender validation', () => {
  it('accepts a main frame of the app', () => {
    expect(validateRequest('currentDeck', app, [])).toEqual([]);
  });

  it.each<[string, SenderFrame | null]>([
    ['a remote page', { url: 'https://evil.example/', isMainFrame: true }],
    ['a file page', { url: 'file:///tmp/x.html', isMainFrame: true }],
    ['another host on our scheme', { url: 'podium://evil/index.html', isMainFrame: true }],
    ['about:blank', { url: 'about:blank', isMainFrame: true }],
    ['a sub-frame of our origin', { url: 'podium://app/index.html', isMainFrame: false }],
    ['a destroyed frame', null],
  ])('rejects %s', (_label, frame) => {
    expect(() => validateRequest('currentDeck', frame, [])).toThrow(IpcRejection);
  });
});

describe('argument validation', () => {
  it('passes good arguments through unchanged', () => {
    const bytes = new Uint8Array([1, 2, 3]);
    expect(validateRequest('openBytes', app, ['报告.docx', bytes])).toEqual(['报告.docx', bytes]);
    expect(validateRequest('setSetting', app, ['notes.fontSize', 28])).toEqual(['notes.fontSize', 28]);
    expect(validateRequest('setSetting', app, ['uiLang', 'en'])).toEqual(['uiLang', 'en']);
    expect(validateRequest('saveRehearsals', app, ['镇党代会报告', { runs: [{ slide: 'a1', ms: 1200, kept: true, note: null }] }])).toHaveLength(2);
    expect(validateRequest('openRecent', app, ['/home/u/报告.txt'])).toEqual(['/home/u/报告.txt']);
    expect(validateRequest('fontsFor', app, [[{ family: 'Noto Sans SC', weight: 700 }], '讲台'])).toEqual([[{ family: 'Noto Sans SC', weight: 700 }], '讲台']);
  });

  it.each<[string, Parameters<typeof validateRequest>[0], unknown[], RegExp]>([
    ['wrong arity', 'currentDeck', [1], /takes 0 argument/],
    ['missing argument', 'getSetting', [], /takes 1 argument/],
    ['a number as file name', 'openBytes', [42, new Uint8Array()], /file name must be a string/],
    ['a path as file name', 'openBytes', ['../../etc/passwd', new Uint8Array()], /bare file name/],
    ['a Windows path as file name', 'openBytes', ['C:\\x\\a.txt', new Uint8Array()], /bare file name/],
    ['an array instead of bytes', 'openBytes', ['a.txt', [1, 2, 3]], /must be a Uint8Array/],
    ['a string instead of bytes', 'openBytes', ['a.txt', 'abc'], /must be a Uint8Array/],
    ['oversized bytes', 'openBytes', ['a.txt', { byteLength: 0 }], /must be a Uint8Array/],
    ['a bad setting key', 'getSetting', ['__proto__'], /invalid form/],
    ['an empty setting key', 'getSetting', [''], /1–64 characters/],
    ['a function-ish setting value', 'setSetting', ['k', new Date()], /plain JSON/],
    ['NaN as setting value', 'setSetting', ['k', Number.NaN], /non-finite/],
    ['a huge setting value', 'setSetting', ['k', 'x'.repeat(70_000)], /over the 65536 limit/],
    ['control characters in a path', 'openRecent', ['/tmp/a\u0000.txt'], /control characters/],
    ['an object as report key', 'loadRehearsals', [{}], /report key must be a string/],
    ['no faces', 'fontsFor', [[], 'a'], /1–8 faces/],
    ['too many faces', 'fontsFor', [Array.from({ length: 9 }, () => ({ family: 'Noto Sans SC', weight: 400 })), 'a'], /1–8 faces/],
    ['a face that is not an object', 'fontsFor', [['Noto Sans SC'], 'a'], /must be \{family, weight\}/],
    ['a CSS injection as family', 'fontsFor', [[{ family: 'x"); src: url(//evil', weight: 400 }], 'a'], /invalid form/],
    ['a fractional weight', 'fontsFor', [[{ family: 'Noto Sans SC', weight: 400.5 }], 'a'], /integer/],
    ['a number as font text', 'fontsFor', [[{ family: 'Noto Sans SC', weight: 400 }], 7], /font text must be a string/],
    ['deeply nested rehearsal data', 'saveRehearsals', ['k', JSON.parse('['.repeat(40) + ']'.repeat(40))], /nested deeper/],
  ])('rejects %s', (_label, key, args, message) => {
    expect(() => validateRequest(key, app, args)).toThrow(message);
  });

  it('rejects bytes over the upload limit without copying them', () => {
    const big = new Uint8Array(new ArrayBuffer(MAX_OPEN_BYTES + 1));
    expect(() => validateRequest('openBytes', app, ['a.txt', big])).toThrow(/over the/);
  });
});

describe('channels derived from Host', () => {
  it('every request channel has a validator and a unique name', () => {
    expect(Object.keys(ARG_VALIDATORS).sort()).toEqual([...INVOKE_KEYS].sort());
    const names = [...Object.values(INVOKE_CHANNELS), ...Object.values(EVENT_CHANNELS)];
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^podium:[a-zA-Z]+$/);
  });
});

describe('editing requests', () => {
  it('passes a list of known edits and a picture through', () => {
    const ops = [{ type: 'retitle', slideId: 's-1', title: '新标题' }, { type: 'setTarget', seconds: 3000 }];
    expect(validateRequest('editDeck', app, [ops])).toEqual([ops]);
    // No edits: "write what is not yet saved" (after a failed save).
    expect(validateRequest('editDeck', app, [[]])).toEqual([[]]);
    const bytes = new Uint8Array([0x89, 0x50]);
    expect(validateRequest('addPicture', app, ['厂房.png', bytes])).toEqual(['厂房.png', bytes]);
  });

  it.each<[string, unknown[]]>([
    ['too many edits', [Array.from({ length: 1001 }, () => ({ type: 'mergeNext', slideId: 's-1' }))]],
    ['an edit of unknown type', [[{ type: 'deleteFile', path: '/etc/passwd' }]]],
    ['an edit that is not an object', [['retitle']]],
    ['edits that are not a list', [{ type: 'retitle' }]],
    ['a function in an edit', [[{ type: 'retitle', title: () => 1 }]]],
    ['a picture path as its name', ['../../x.png', new Uint8Array(1)]],
    ['picture text instead of bytes', ['x.png', 'AAAA']],
  ])('refuses %s', (_label, args) => {
    const key = args.length === 1 ? 'editDeck' : 'addPicture';
    expect(() => validateRequest(key, app, args)).toThrow(IpcRejection);
  });
});

describe('revised draft requests (文件 ▸ 导入修订稿)', () => {
  it('passes a draft name and its bytes through', () => {
    const bytes = new Uint8Array([0x50, 0x4b]);
    expect(validateRequest('importRevision', app, ['报告-第二稿.docx', bytes])).toEqual(['报告-第二稿.docx', bytes]);
  });

  it.each<[string, unknown[]]>([
    ['a path as the draft name', ['../deck.md', new Uint8Array(1)]],
    ['text instead of bytes', ['第二稿.txt', '报告']],
    ['no name', ['', new Uint8Array(1)]],
    ['a third argument', ['第二稿.txt', new Uint8Array(1), '/tmp/deck.md']],
  ])('refuses %s', (_label, args) => {
    expect(() => validateRequest('importRevision', app, args)).toThrow(IpcRejection);
  });

  it('refuses a draft over the upload limit', () => {
    expect(() => validateRequest('importRevision', app, ['a.txt', new Uint8Array(new ArrayBuffer(MAX_OPEN_BYTES + 1))])).toThrow(/over the/);
  });
});

describe('export dialog requests', () => {
  it('accepts distinct known formats with a handout size and a watermark', () => {
    const request = { formats: ['slides', 'handout', 'pptx'], perPage: 4, watermark: '内部资料' };
    expect(validateRequest('exportFormats', app, [request])).toEqual([request]);
    expect(validateRequest('exportFormats', app, [{ formats: ['html'] }])).toEqual([{ formats: ['html'] }]);
    expect(validateRequest('exportFormats', app, [{ formats: ['reading'], aids: false }])).toEqual([{ formats: ['reading'], aids: false }]);
  });

  it('refuses unknown or repeated formats, an odd handout size, a long watermark, and any other key (such as a path)', () => {
    expect(() => validateRequest('exportFormats', app, [{ formats: [] }])).toThrow(new RegExp(`array of 1–${EXPORT_FORMATS.length} formats`));
    expect(() => validateRequest('exportFormats', app, [{ formats: ['docx'] }])).toThrow(/distinct formats among slides, notes, handout/);
    expect(() => validateRequest('exportFormats', app, [{ formats: ['slides', 'slides'] }])).toThrow(/distinct formats/);
    expect(() => validateRequest('exportFormats', app, [{ formats: ['handout'], perPage: 5 }])).toThrow(/perPage must be one of 2, 3, 4, 6/);
    expect(validateRequest('exportFormats', app, [{ formats: ['notes'], notesPerPage: 2, largeType: true }])).toEqual([{ formats: ['notes'], notesPerPage: 2, largeType: true }]);
    expect(() => validateRequest('exportFormats', app, [{ formats: ['notes'], notesPerPage: 3 }])).toThrow(/notesPerPage must be one of 1, 2/);
    expect(() => validateRequest('exportFormats', app, [{ formats: ['notes'], largeType: 'yes' }])).toThrow(/largeType must be true or false/);
    expect(() => validateRequest('exportFormats', app, [{ formats: ['slides'], watermark: '字'.repeat(41) }])).toThrow(/at most 40 characters/);
    expect(() => validateRequest('exportFormats', app, [{ formats: ['slides'], folder: '/etc' }])).toThrow(/unknown keys: folder/);
    expect(() => validateRequest('exportFormats', app, [{ formats: ['reading'], aids: 'off' }])).toThrow(/aids must be true or false/);
    expect(() => validateRequest('exportFormats', app, [['slides']])).toThrow(/must be \{formats, perPage\?, notesPerPage\?, largeType\?, watermark\?, aids\?\}/);
  });
});

describe('showView', () => {
  it('opens only the views a view may ask for', () => {
    expect(validateRequest('showView', app, ['editor'])).toEqual(['editor']);
    for (const bad of ['audience', 'print', '../editor', 1, null]) expect(() => validateRequest('showView', app, [bad])).toThrow(IpcRejection);
  });
});
