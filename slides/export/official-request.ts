/**
 * Before an official copy is printed: the computer's 仿宋 / 黑体 / 楷体 / 小标宋 faces found
 * (slides/node/system-fonts.ts), handed to the font subsetter that serves the print view, and
 * named in the print request (the roles they fill). The same in the CLI, the browser host and
 * the app, so each says which faces it used.
 */
import type { PrintRequest } from '../../electron/common/print.ts';
import { systemRoles } from '../core/official-faces.ts';
import type { InstalledFont, OfficialFaces } from '../core/official-faces.ts';
import type { FontSubsetter } from '../node/font-subsetter.ts';
import { findOfficialFaces } from '../node/system-fonts.ts';

export async function withOfficialFaces(request: PrintRequest, subsetter: Pick<FontSubsetter, 'useOfficialFaces'>, fonts?: readonly InstalledFont[]): Promise<{ request: PrintRequest; faces?: OfficialFaces }> {
  if (request.kind !== 'official') return { request };
  const faces = await findOfficialFaces(fonts);
  subsetter.useOfficialFaces(faces);
  const roles = systemRoles(faces);
  const printed: PrintRequest = { ...request };
  delete printed.faces;
  if (roles.length > 0) printed.faces = roles;
  return { request: printed, faces };
}
