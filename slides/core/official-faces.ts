/**
 * The official copy's faces (公文 after GB/T 9704): the title in 方正小标宋, the body in 仿宋,
 * first-level headings in 黑体, second-level headings in 楷体. Podium cannot ship these
 * (they are licensed with Windows, WPS and domestic Linux desktops), so it takes them from
 * the computer's own fonts where it finds them, and otherwise sets the role in the bundled
 * Noto face it always used, saying so. This module is the choosing: pure, so it is tested
 * with made-up font lists; slides/node/system-fonts.ts reads the real list.
 */
import { t, type UiLang } from './messages/catalogue.ts';

export type OfficialRole = 'title' | 'body' | 'heading1' | 'heading2';
export const OFFICIAL_ROLES: readonly OfficialRole[] = ['title', 'body', 'heading1', 'heading2'];

/**
 * Family names that fill each role, best first: the GB2312 faces that official-document
 * rules name, then the same designs under their other names (Windows, macOS, WPS), then
 * free faces of the same style packaged by Linux distributions (Kai only: no free FangSong,
 * 小标宋 or Hei face is closer to its role than the bundled Noto faces are).
 */
export const ROLE_FAMILIES: Readonly<Record<OfficialRole, readonly string[]>> = {
  title: ['方正小标宋简体', '方正小标宋_GBK', '方正小标宋', 'FZXiaoBiaoSong-B05S', 'FZXiaoBiaoSong-B05', 'FZXiaoBiaoSong-B05S-GBK', '小标宋'],
  body: ['仿宋_GB2312', 'FangSong_GB2312', '仿宋', 'FangSong', '华文仿宋', 'STFangsong', '方正仿宋简体', 'FZFangSong-Z02S'],
  heading1: ['黑体', 'SimHei', '方正黑体简体', 'FZHei-B01S', '华文黑体', 'STHeiti'],
  heading2: ['楷体_GB2312', 'KaiTi_GB2312', '楷体', 'KaiTi', '华文楷体', 'STKaiti', 'Kaiti SC', '方正楷体简体', 'FZKai-Z03S', 'AR PL KaitiM GB', 'AR PL UKai CN'],
};

/** The bundled face that sets a role when the computer has none of its families. */
export const BUNDLED_FALLBACK: Readonly<Record<OfficialRole, string>> = {
  title: 'Noto Serif SC Bold',
  body: 'Noto Serif SC',
  heading1: 'Noto Sans SC',
  heading2: 'Noto Serif SC Bold',
};

/**
 * The CSS family the print view sets each role in when a system face fills it: the host cuts
 * it from the system file it chose (Host.fontsFor), so the view never names a system font
 * and no other system font can slip into a PDF.
 */
export const OFFICIAL_FAMILY: Readonly<Record<OfficialRole, string>> = {
  title: 'Podium Official Title',
  body: 'Podium Official Body',
  heading1: 'Podium Official Heading One',
  heading2: 'Podium Official Heading Two',
};

/** A font the computer has: every family name it goes by (fontconfig lists localized names too), where it is. */
export interface InstalledFont {
  names: readonly string[];
  file: string;
  /** The face's index in a collection (.ttc); 0 otherwise. */
  index: number;
}

export type OfficialFace =
  | { role: OfficialRole; source: 'system'; name: string; file: string; index: number }
  /** `refused`: system faces that matched but may not be embedded (their licence flags forbid it). */
  | { role: OfficialRole; source: 'bundled'; name: string; refused: readonly string[] };

export type OfficialFaces = Readonly<Record<OfficialRole, OfficialFace>>;

/** Names compared as fontconfig does, ignoring case, spaces, hyphens and underscores. */
export function normaliseFamily(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/[\s_-]+/g, '');
}

/** The computer's fonts that fill a role, best first, each with the family name it matched by. */
export function roleCandidates(fonts: readonly InstalledFont[], role: OfficialRole): Array<{ font: InstalledFont; name: string }> {
  const found: Array<{ font: InstalledFont; name: string; rank: number }> = [];
  ROLE_FAMILIES[role].forEach((family, rank) => {
    const wanted = normaliseFamily(family);
    for (const font of fonts) {
      if (font.names.some((name) => normaliseFamily(name) === wanted)) found.push({ font, name: family, rank });
    }
  });
  const seen = new Set<string>();
  return found
    .sort((a, b) => a.rank - b.rank)
    .filter(({ font }) => {
      const key = `${font.file}#${font.index}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map(({ font, name }) => ({ font, name }));
}

/**
 * Each role's face: the best system font that may be embedded (`embeddable` reads its licence
 * flags), else the bundled fallback with the refused ones named.
 */
export async function chooseOfficialFaces(fonts: readonly InstalledFont[], embeddable: (font: InstalledFont) => Promise<boolean>): Promise<OfficialFaces> {
  const chosen = await Promise.all(
    OFFICIAL_ROLES.map(async (role): Promise<OfficialFace> => {
      const refused: string[] = [];
      for (const { font, name } of roleCandidates(fonts, role)) {
        if (await embeddable(font)) return { role, source: 'system', name, file: font.file, index: font.index };
        refused.push(name);
      }
      return { role, source: 'bundled', name: BUNDLED_FALLBACK[role], refused };
    }),
  );
  return Object.fromEntries(chosen.map((face) => [face.role, face])) as unknown as OfficialFaces;
}

/** The roles a system face fills: what the print view is told (it sets those roles in OFFICIAL_FAMILY). */
export function systemRoles(faces: OfficialFaces): OfficialRole[] {
  return OFFICIAL_ROLES.filter((role) => faces[role].source === 'system');
}

/** One line saying which face set each role, and why a bundled one stood in (the CLI's output, the export dialog). */
export function describeOfficialFaces(faces: OfficialFaces, lang: UiLang): string {
  const parts = OFFICIAL_ROLES.map((role) => {
    const face = faces[role];
    const said = t(lang, `export.faces.role.${role}`);
    if (face.source === 'system') return t(lang, 'export.faces.system', { role: said, name: face.name });
    if (face.refused.length > 0) return t(lang, 'export.faces.refused', { role: said, name: face.name, names: face.refused.join(lang === 'en' ? ', ' : '、') });
    return t(lang, 'export.faces.bundled', { role: said, name: face.name, wanted: t(lang, `export.faces.wanted.${role}`) });
  });
  return t(lang, 'export.faces', { list: parts.join(lang === 'en' ? '; ' : '；') });
}
