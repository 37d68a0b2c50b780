import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fontverter from 'fontverter';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Blob as HbBlob, Face as HbFace } from 'harfbuzzjs';
import { extractFace, sfntTables } from './sfnt.ts';
import { embeddingAllowedBy, findOfficialFaces, listInstalledFonts, parseFcList, parseWindowsFontRegistry, readFaceInfo } from './system-fonts.ts';

/** A font collection every test machine has (fonts-noto-cjk, in .ci/run's apt line): CFF outlines, several faces. */
const COLLECTION = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'podium-system-fonts-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the system font list', () => {
  it('reads fontconfig\'s list: file, face index and every family name (localized ones too)', () => {
    const output = '/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf\t0\tAR PL KaitiM GB,文鼎ＰＬ简中楷\n/opt/kingsoft/wps-office/fonts/FZXBSJW.TTF\t0\tFZXiaoBiaoSong\\-B05S,方正小标宋简体\n\n/x/odd.ttc\t\tOdd\n';
    expect(parseFcList(output)).toEqual([
      { file: '/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf', index: 0, names: ['AR PL KaitiM GB', '文鼎ＰＬ简中楷'] },
      { file: '/opt/kingsoft/wps-office/fonts/FZXBSJW.TTF', index: 0, names: ['FZXiaoBiaoSong-B05S', '方正小标宋简体'] },
      { file: '/x/odd.ttc', index: 0, names: ['Odd'] },
    ]);
  });

  it('reads the Windows registry\'s font list: bare file names in the Fonts folder, a collection\'s faces in order', () => {
    const output = [
      '',
      'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Fonts',
      '    FangSong (TrueType)    REG_SZ    simfang.ttf',
      '    SimSun & NSimSun (TrueType)    REG_SZ    simsun.ttc',
      '    方正小标宋简体 (TrueType)    REG_SZ    C:\\Users\\a\\AppData\\Local\\Microsoft\\Windows\\Fonts\\FZXBSJW.TTF',
      '',
    ].join('\r\n');
    expect(parseWindowsFontRegistry(output, 'C:\\Windows\\Fonts')).toEqual([
      { file: 'C:\\Windows\\Fonts\\simfang.ttf', index: 0, names: ['FangSong'] },
      { file: 'C:\\Windows\\Fonts\\simsun.ttc', index: 0, names: ['SimSun'] },
      { file: 'C:\\Windows\\Fonts\\simsun.ttc', index: 1, names: ['NSimSun'] },
      { file: 'C:\\Users\\a\\AppData\\Local\\Microsoft\\Windows\\Fonts\\FZXBSJW.TTF', index: 0, names: ['方正小标宋简体'] },
    ]);
  });

  it('lists this computer\'s fonts through fontconfig', async () => {
    const fonts = await listInstalledFonts('linux');
    expect(fonts.some((font) => font.file === COLLECTION && font.names.includes('Noto Sans CJK SC'))).toBe(true);
  });
});

describe('embedding', () => {
  it('allows installable, print-and-preview and editable faces; refuses restricted ones and those that forbid subsetting', () => {
    expect([0, 4, 8, 0x0200].map(embeddingAllowedBy)).toEqual([true, true, true, true]);
    expect([2, 0x0100, 0x0104].map(embeddingAllowedBy)).toEqual([false, false, false]);
  });

  it('takes one face out of a collection as a font of its own, which HarfBuzz reads with its names and glyphs', async () => {
    const data = await readFile(COLLECTION);
    const sc = (await listInstalledFonts('linux')).find((font) => font.file === COLLECTION && font.names.includes('Noto Sans CJK SC'));
    expect(sc).toBeDefined();
    const face = extractFace(data, sc!.index);
    expect(face.subarray(0, 4).toString('latin1')).toBe('OTTO');
    expect([...sfntTables(face, 0).keys()]).toEqual(expect.arrayContaining(['CFF ', 'cmap', 'OS/2', 'name']));
    const opened = new HbFace(new HbBlob(face), 0);
    expect(opened.getName(1, 'en')).toBe('Noto Sans CJK SC');
    expect(opened.collectUnicodes()).toContain('仿'.codePointAt(0));
  });

  it('chooses a system face only where its licence flags allow embedding and its outlines are TrueType', async () => {
    // A real TrueType face renamed 仿宋 in the list (@fontsource's Latin slice of Noto Sans SC);
    // a copy whose OS/2 fsType says "restricted licence" is refused, and so is a CFF face (Type 3 in a PDF).
    const woff2 = await readFile(new URL('../../node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-latin-400-normal.woff2', import.meta.url));
    const single = Buffer.from(await fontverter.convert(woff2, 'sfnt'));
    const restricted = Buffer.from(single);
    const os2 = sfntTables(restricted, 0).get('OS/2')!;
    restricted.writeUInt16BE(0x0002, os2.offset + 8);
    const open = join(dir, 'open.ttf');
    const closed = join(dir, 'closed.ttf');
    await writeFile(open, single);
    await writeFile(closed, restricted);
    expect(await readFaceInfo({ file: closed, index: 0, names: [] })).toEqual({ fsType: 2, trueType: true });
    expect(await readFaceInfo({ file: COLLECTION, index: 0, names: [] })).toMatchObject({ trueType: false });
    expect(await readFaceInfo({ file: join(dir, 'missing.ttf'), index: 0, names: [] })).toBeUndefined();
    const faces = await findOfficialFaces([
      { file: closed, index: 0, names: ['仿宋_GB2312'] },
      { file: open, index: 0, names: ['FangSong'] },
      { file: closed, index: 0, names: ['SimHei'] },
      { file: COLLECTION, index: 0, names: ['楷体'] },
    ]);
    expect(faces.body).toMatchObject({ source: 'system', name: 'FangSong', file: open });
    expect(faces.heading1).toEqual({ role: 'heading1', source: 'bundled', name: 'Noto Sans SC', refused: ['SimHei'] });
    expect(faces.heading2).toEqual({ role: 'heading2', source: 'bundled', name: 'Noto Serif SC Bold', refused: ['楷体'] });
  });
});
