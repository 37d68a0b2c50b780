/**
 * The file name of an upload (API.openBytes), from its percent-encoded header: held to
 * the same rule as the IPC request's file name (a bare name, 1–255 characters, no control
 * characters), so a bad header is a 400 that says what is wrong.
 */
import { FILE_NAME_HEADER } from '../../slides/core/browser-api.ts';
import { HttpError } from '../../slides/node/http/respond.ts';
import { ARG_VALIDATORS, IpcRejection } from '../main/ipc-validation.ts';

/** `basename`: keep only the last path segment (a picture's name may come with the folder it was picked from). */
export function uploadName(raw: string | string[] | undefined, options: { basename?: boolean } = {}): string {
  if (typeof raw !== 'string' || raw === '') throw new HttpError(400, `Missing ${FILE_NAME_HEADER} header (the file's name, percent-encoded).`);
  let name: string;
  try {
    name = decodeURIComponent(raw);
  } catch {
    throw new HttpError(400, `${FILE_NAME_HEADER} is not valid percent-encoding: ${JSON.stringify(raw.slice(0, 80))}.`);
  }
  if (options.basename) name = name.split(/[\\/]/).pop() ?? '';
  try {
    return ARG_VALIDATORS.openBytes.check([name, new Uint8Array()])[0];
  } catch (error) {
    if (error instanceof IpcRejection) throw new HttpError(400, `${FILE_NAME_HEADER}: ${error.message}.`);
    throw error;
  }
}
