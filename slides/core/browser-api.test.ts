import { describe, expect, it } from 'vitest';
import { decodeFontPack, encodeFontPack } from './browser-api.ts';

describe('font pack', () => {
  it('carries several fonts in one body and back', () => {
    const fonts = [
      { family: 'Noto Sans SC', weight: 400, text: '讲台ab', data: new Uint8Array([0, 1, 0, 0, 9, 9]) },
      { family: 'Noto Serif SC', weight: 900, text: '报告', data: new Uint8Array([7]) },
      { family: 'Noto Sans SC', weight: 700, text: 'x', data: new Uint8Array() },
    ];
    const pack = encodeFontPack(fonts);
    const back = decodeFontPack(pack.buffer.slice(pack.byteOffset, pack.byteOffset + pack.byteLength) as ArrayBuffer);
    expect(back.map((font) => ({ ...font, data: [...font.data] }))).toEqual(fonts.map((font) => ({ ...font, data: [...font.data] })));
    expect(decodeFontPack(encodeFontPack([]).buffer as ArrayBuffer)).toEqual([]);
  });

  it('says what is wrong with a cut-off pack', () => {
    const pack = encodeFontPack([{ family: 'Noto Sans SC', weight: 400, text: 'a', data: new Uint8Array(10) }]);
    expect(() => decodeFontPack(pack.slice(0, 2).buffer)).toThrow(/shorter than its header/);
    expect(() => decodeFontPack(pack.slice(0, 8).buffer)).toThrow(/header runs past the end/);
    expect(() => decodeFontPack(pack.slice(0, pack.byteLength - 1).buffer)).toThrow(/Noto Sans SC 400 runs past the end/);
  });
});
