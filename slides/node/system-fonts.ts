/**
 * The computer's own fonts, for the official copy's 仿宋 / 黑体 / 楷体 / 小标宋 faces
 * (slides/core/official-faces.ts chooses among them):
 * - Linux and other Unix desktops: fontconfig's list (`fc-list`), which knows every font
 *   the desktop's programs see (WPS installs its faces there too), with localized names;
 * - Windows: the registry's font lists (machine and user), as `reg query` prints them;
 * - macOS: the font folders, names read from the files that may hold a Chinese face.
 * A face is used only when its licence flags (OS/2 fsType) allow embedding it in a document and
 * its outlines are TrueType: Chromium's PDF writer draws any other face's glyphs as Type 3 shapes.
 */
import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { chooseOfficialFaces } from '../core/official-faces.ts';
import type { InstalledFont, OfficialFaces } from '../core/official-faces.ts';
import { sfntTables } from './sfnt.ts';

const run = promisify(execFile);

/** fc-list's format: file, face index, family names (comma-separated), one font a line. */
export const FC_LIST_FORMAT = '%{file}\\t%{index}\\t%{family}\\n';

/** `fc-list --format FC_LIST_FORMAT` output as fonts. */
export function parseFcList(output: string): InstalledFont[] {
  return output.split('\n').flatMap((line) => {
    const [file, index, families] = line.split('\t');
    if (!file || !families) return [];
    const names = families.split(',').map((name) => name.replace(/\\-/g, '-').trim()).filter(Boolean);
    return [{ file, index: Number(index) || 0, names }];
  });
}

/**
 * `reg query "…\Fonts"` output as fonts: each value is "Name (TrueType)  REG_SZ  file"; a
 * collection's value names its faces with " & " in their order; a bare file name is in `fontsDir`.
 */
export function parseWindowsFontRegistry(output: string, fontsDir: string): InstalledFont[] {
  return output.split(/\r?\n/).flatMap((line) => {
    const match = /^\s+(.+?)\s+REG_(?:EXPAND_)?SZ\s+(.+?)\s*$/.exec(line);
    if (!match) return [];
    const [, value = '', file = ''] = match;
    const path = /^[A-Za-z]:[\\/]|^\\\\/.test(file) ? file : `${fontsDir.replace(/[\\/]$/, '')}\\${file}`;
    return value
      .replace(/\s*\((TrueType|OpenType)\)\s*$/i, '')
      .split(/\s+&\s+/)
      .map((name, index) => ({ file: path, index, names: [name.trim()] }));
  });
}

/** Font files on macOS whose names suggest a Chinese face (the others are not read). */
const MAC_CHINESE_FILE = /(song|fang|hei|kai|fz|sim|st[a-z]*|华文|方正|仿宋|楷|黑)/i;
const MAC_FONT_FOLDERS = ['/System/Library/Fonts', '/System/Library/Fonts/Supplemental', '/Library/Fonts', join(homedir(), 'Library/Fonts')];

async function macFonts(): Promise<InstalledFont[]> {
  // harfbuzzjs's main module reads the names (the subsetter's wasm has no name API).
  const hb = await import('harfbuzzjs');
  const fonts: InstalledFont[] = [];
  for (const folder of MAC_FONT_FOLDERS) {
    const names = await readdir(folder).catch(() => [] as string[]);
    for (const name of names.filter((each) => /\.(ttf|otf|ttc)$/i.test(each) && MAC_CHINESE_FILE.test(each))) {
      const file = join(folder, name);
      const data = await readFile(file).catch(() => undefined);
      if (!data) continue;
      const count = data.subarray(0, 4).toString('latin1') === 'ttcf' ? data.readUInt32BE(8) : 1;
      const blob = new hb.Blob(data);
      for (let index = 0; index < count; index += 1) {
        const face = new hb.Face(blob, index);
        // Family (1) and typographic family (16) names in every language the file has.
        const families = face.listNames().filter((entry) => entry.nameId === 1 || entry.nameId === 16).map((entry) => face.getName(entry.nameId, entry.language));
        fonts.push({ file, index, names: [...new Set(families)] });
      }
    }
  }
  return fonts;
}

async function windowsFonts(): Promise<InstalledFont[]> {
  const fontsDir = join(process.env.WINDIR ?? 'C:\\Windows', 'Fonts');
  const keys = ['HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Fonts', 'HKCU\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Fonts'];
  const lists = await Promise.all(keys.map((key) => run('reg', ['query', key], { windowsHide: true }).then(({ stdout }) => parseWindowsFontRegistry(stdout, fontsDir), () => [])));
  return lists.flat();
}

/** The computer's fonts; an empty list when it cannot say (no fontconfig, an odd system). */
export async function listInstalledFonts(platform: NodeJS.Platform = process.platform): Promise<InstalledFont[]> {
  if (platform === 'win32') return windowsFonts();
  const fromFontconfig = await run('fc-list', ['--format', FC_LIST_FORMAT], { maxBuffer: 32 * 1024 * 1024 }).then(({ stdout }) => parseFcList(stdout), () => undefined);
  if (fromFontconfig && fromFontconfig.length > 0) return fromFontconfig;
  return platform === 'darwin' ? macFonts().catch(() => []) : [];
}

/**
 * Whether the licence flags (OS/2 fsType) allow embedding the face in a document and cutting a
 * subset of it: not "restricted licence" (2 alone) and not "no subsetting" (0x100).
 */
export function embeddingAllowedBy(fsType: number): boolean {
  const restricted = (fsType & 0x000f) === 0x0002;
  return !restricted && (fsType & 0x0100) === 0;
}

/**
 * What decides whether a face can go into a PDF: its licence flags (OS/2 fsType) and whether its
 * outlines are TrueType ('glyf'): Chromium's PDF writer embeds TrueType outlines as a subset but
 * draws PostScript (CFF) ones as Type 3 shapes. Undefined when the file cannot be read as a font.
 */
export async function readFaceInfo(font: InstalledFont): Promise<{ fsType: number; trueType: boolean } | undefined> {
  try {
    const data = await readFile(font.file);
    const tables = sfntTables(data, font.index);
    const os2 = tables.get('OS/2');
    const fsType = os2 && os2.length >= 10 ? data.readUInt16BE(os2.offset + 8) : 0;
    return { fsType, trueType: tables.has('glyf') };
  } catch {
    return undefined;
  }
}

/** Whether the official copy may use the face: embedding allowed, TrueType outlines. */
export async function usableInPdf(font: InstalledFont): Promise<boolean> {
  const info = await readFaceInfo(font);
  return info !== undefined && info.trueType && embeddingAllowedBy(info.fsType);
}

/** The official copy's faces on this computer (or on the fonts given, for tests). */
export async function findOfficialFaces(fonts?: readonly InstalledFont[]): Promise<OfficialFaces> {
  const list = fonts ?? (await listInstalledFonts());
  return chooseOfficialFaces(list, usableInPdf);
}
