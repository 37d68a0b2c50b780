/**
 * The official copy's system faces (仿宋, 黑体, 楷体, 小标宋), for the roles the exporter
 * found them for (PrintRequest.faces): the host cuts each from the system file it chose,
 * under the role's own family name (OFFICIAL_FAMILY), so the page never names a system font.
 * A face that does not arrive fails the export: the exporter has already said it is used.
 */
import { OFFICIAL_FAMILY } from '../../slides/core/official-faces.ts';
import type { OfficialRole } from '../../slides/core/official-faces.ts';
import { getHost } from '../host/index.ts';

export async function loadOfficialFaces(roles: readonly OfficialRole[], text: string): Promise<void> {
  if (roles.length === 0) return;
  const chars = [...new Set(text)].filter((char) => char.trim()).join('');
  const fonts = await getHost().fontsFor(roles.map((role) => ({ family: OFFICIAL_FAMILY[role], weight: 400 })), chars);
  if (fonts === null) throw new Error('This host cannot cut fonts, so the official copy cannot use the computer\'s 仿宋/黑体/楷体/小标宋 faces.');
  const missing = roles.filter((role) => !fonts.some((font) => font.family === OFFICIAL_FAMILY[role]));
  if (missing.length > 0) throw new Error(`The host gave no font for the official copy's ${missing.join(', ')} (its system face has none of the text's characters).`);
  await Promise.all(
    fonts.map(async (font) => {
      const face = new FontFace(font.family, font.data as Uint8Array<ArrayBuffer>, { weight: '400', style: 'normal' });
      await face.load();
      document.fonts.add(face);
    }),
  );
}
