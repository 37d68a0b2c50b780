/**
 * Every IPC request is checked twice before a handler sees it: who sent it (a main
 * frame of the app's own origin) and what it carries (one typed validator per channel,
 * derived from the Host contract so a new Host method cannot go unvalidated).
 * Pure: ipc.ts passes in the sender frame's URL and the raw arguments.
 */
import { OPENABLE_VIEWS, type EditOp, type ExportRequest, type OpenableView } from '../common/contract.ts';
import { EXPORT_FORMATS } from '../common/export-formats.ts';
import type { ExportFormat } from '../common/export-formats.ts';
import { HANDOUT_LAYOUTS, MAX_WATERMARK_CHARS, NOTES_LAYOUTS } from '../common/print.ts';
import type { HandoutPerPage, NotesPerPage } from '../common/print.ts';
import { EDIT_OP_TYPES } from '../../slides/core/edit/ops.ts';
import { checkFontRequest, FontRequestError, type FaceSpec } from '../../slides/core/fonts.ts';
import type { InvokeArgs, InvokeKey } from '../common/ipc.ts';
import { isAppUrl } from './app-url.ts';

export class IpcRejection extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IpcRejection';
  }
}

export interface SenderFrame {
  url: string;
  /** A sub-frame (iframe) never speaks for the app, even from our origin. */
  isMainFrame: boolean;
}

export function checkSender(frame: SenderFrame | null | undefined): void {
  if (!frame) throw new IpcRejection('IPC from a frame that no longer exists');
  if (!frame.isMainFrame) throw new IpcRejection(`IPC from a sub-frame (${frame.url}) refused`);
  if (!isAppUrl(frame.url)) throw new IpcRejection(`IPC from an unknown sender (${frame.url || 'no URL'}) refused`);
}

type Check<T> = (value: unknown, what: string) => T;

/** Largest upload a page may hand over; the report reader has its own, smaller limit with a clear message. */
export const MAX_OPEN_BYTES = 64 * 1024 * 1024;
export const MAX_SETTING_JSON = 64 * 1024;
export const MAX_REHEARSALS_JSON = 8 * 1024 * 1024;
const MAX_JSON_DEPTH = 32;

// Control characters have no business in keys, file names or paths from a page.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

const text =
  (max: number, pattern?: RegExp): Check<string> =>
  (value, what) => {
    if (typeof value !== 'string') throw new IpcRejection(`${what} must be a string, got ${describe(value)}`);
    if (value.length === 0 || value.length > max) throw new IpcRejection(`${what} must be 1–${max} characters long`);
    if (CONTROL.test(value)) throw new IpcRejection(`${what} contains control characters`);
    if (pattern && !pattern.test(value)) throw new IpcRejection(`${what} has an invalid form: ${JSON.stringify(value.slice(0, 80))}`);
    return value;
  };

const fileName: Check<string> = (value, what) => {
  const name = text(255)(value, what);
  if (/[/\\]/.test(name) || name === '.' || name === '..') throw new IpcRejection(`${what} must be a bare file name, not a path`);
  return name;
};

const bytes: Check<Uint8Array> = (value, what) => {
  if (!(value instanceof Uint8Array)) throw new IpcRejection(`${what} must be a Uint8Array, got ${describe(value)}`);
  if (value.byteLength > MAX_OPEN_BYTES) throw new IpcRejection(`${what} is ${value.byteLength} bytes, over the ${MAX_OPEN_BYTES}-byte limit`);
  return value;
};

/** Plain JSON data (what settings and rehearsal runs are), bounded in depth and size. */
const json =
  (maxChars: number): Check<unknown> =>
  (value, what) => {
    assertJson(value, what, 0);
    const size = JSON.stringify(value)?.length ?? 0;
    if (size > maxChars) throw new IpcRejection(`${what} is ${size} characters of JSON, over the ${maxChars} limit`);
    return value;
  };

function assertJson(value: unknown, what: string, depth: number): void {
  if (depth > MAX_JSON_DEPTH) throw new IpcRejection(`${what} is nested deeper than ${MAX_JSON_DEPTH} levels`);
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new IpcRejection(`${what} contains a non-finite number`);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, i) => assertJson(item, `${what}[${i}]`, depth + 1));
    return;
  }
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [key, item] of Object.entries(value)) assertJson(item, `${what}.${key}`, depth + 1);
    return;
  }
  throw new IpcRejection(`${what} must be plain JSON data, got ${describe(value)}`);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return value.constructor?.name ? `a ${value.constructor.name}` : 'an object';
  return `a ${typeof value}`;
}

const SETTING_KEY = /^[A-Za-z][A-Za-z0-9._-]{0,63}$/;

/** The font request check both hosts share (slides/core/fonts.ts), as an IpcRejection. */
function fontRequest(list: unknown, chars: unknown): [FaceSpec[], string] {
  try {
    const { faces, text } = checkFontRequest(list, chars);
    return [faces, text];
  } catch (error) {
    if (error instanceof FontRequestError) throw new IpcRejection(error.message);
    throw error;
  }
}

/** Most ops in one edit (an undo of a long run of edits is one call). */
export const MAX_EDIT_OPS = 1000;
/** An undo carries whole slides back: a deck's worth of text at most. */
export const MAX_EDIT_JSON = 8 * 1024 * 1024;

/**
 * A list of editor ops: plain JSON objects of known types. Their values are checked where they are
 * applied (slides/core/edit). An empty list asks for a save of what a failed save left unwritten.
 */
const editOps: Check<EditOp[]> = (value, what) => {
  if (!Array.isArray(value) || value.length > MAX_EDIT_OPS) throw new IpcRejection(`${what} must be an array of 0–${MAX_EDIT_OPS} edits`);
  json(MAX_EDIT_JSON)(value, what);
  value.forEach((op: unknown, i) => {
    if (typeof op !== 'object' || op === null || Array.isArray(op)) throw new IpcRejection(`${what}[${i}] must be an object, got ${describe(op)}`);
    const type = (op as { type?: unknown }).type;
    if (!EDIT_OP_TYPES.includes(type as EditOp['type'])) throw new IpcRejection(`${what}[${i}].type must be one of ${EDIT_OP_TYPES.join(', ')}`);
  });
  return value as EditOp[];
};

/** The export dialog's request: known formats, each once; a handout size; a watermark that fits a page; aids on or off. */
const exportRequest: Check<ExportRequest> = (value, what) => {
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) throw new IpcRejection(`${what} must be {formats, perPage?, notesPerPage?, largeType?, watermark?, aids?}, got ${describe(value)}`);
  const { formats, perPage, notesPerPage, largeType, watermark, aids, ...rest } = value as Record<string, unknown>;
  if (Object.keys(rest).length > 0) throw new IpcRejection(`${what} has unknown keys: ${Object.keys(rest).join(', ')}`);
  if (!Array.isArray(formats) || formats.length === 0 || formats.length > EXPORT_FORMATS.length) throw new IpcRejection(`${what}.formats must be an array of 1–${EXPORT_FORMATS.length} formats`);
  const known = formats.filter((format): format is ExportFormat => (EXPORT_FORMATS as readonly unknown[]).includes(format));
  if (known.length !== formats.length || new Set(known).size !== known.length) throw new IpcRejection(`${what}.formats must be distinct formats among ${EXPORT_FORMATS.join(', ')}`);
  if (perPage !== undefined && !HANDOUT_LAYOUTS.includes(perPage as HandoutPerPage)) throw new IpcRejection(`${what}.perPage must be one of ${HANDOUT_LAYOUTS.join(', ')}`);
  if (watermark !== undefined && (typeof watermark !== 'string' || [...watermark].length > MAX_WATERMARK_CHARS)) throw new IpcRejection(`${what}.watermark must be a string of at most ${MAX_WATERMARK_CHARS} characters`);
  if (aids !== undefined && typeof aids !== 'boolean') throw new IpcRejection(`${what}.aids must be true or false`);
  if (notesPerPage !== undefined && !NOTES_LAYOUTS.includes(notesPerPage as NotesPerPage)) throw new IpcRejection(`${what}.notesPerPage must be one of ${NOTES_LAYOUTS.join(', ')}`);
  if (largeType !== undefined && typeof largeType !== 'boolean') throw new IpcRejection(`${what}.largeType must be true or false`);
  return {
    formats: known,
    ...(perPage === undefined ? {} : { perPage: perPage as HandoutPerPage }),
    ...(notesPerPage === undefined ? {} : { notesPerPage: notesPerPage as NotesPerPage }),
    ...(largeType === undefined ? {} : { largeType }),
    ...(watermark === undefined ? {} : { watermark: watermark as string }),
    ...(aids === undefined ? {} : { aids }),
  };
};

const none = (): [] => [];

/** One validator per request channel; the mapped type makes a missing channel a compile error. */
export const ARG_VALIDATORS: { readonly [K in InvokeKey]: { arity: number; check: (args: readonly unknown[]) => InvokeArgs<K> } } = {
  currentDeck: { arity: 0, check: none },
  openDialog: { arity: 0, check: none },
  recentFiles: { arity: 0, check: none },
  swapDisplays: { arity: 0, check: none },
  openBytes: { arity: 2, check: ([name, data]) => [fileName(name, 'file name'), bytes(data, 'file bytes')] },
  openRecent: { arity: 1, check: ([path]) => [text(4096)(path, 'recent file path')] },
  getSetting: { arity: 1, check: ([key]) => [text(64, SETTING_KEY)(key, 'setting key')] },
  setSetting: {
    arity: 2,
    check: ([key, value]) => [text(64, SETTING_KEY)(key, 'setting key'), json(MAX_SETTING_JSON)(value, 'setting value')],
  },
  loadRehearsals: { arity: 1, check: ([reportKey]) => [text(512)(reportKey, 'report key')] },
  saveRehearsals: {
    arity: 2,
    check: ([reportKey, data]) => [text(512)(reportKey, 'report key'), json(MAX_REHEARSALS_JSON)(data, 'rehearsal data')],
  },
  fontsFor: { arity: 2, check: ([list, chars]) => fontRequest(list, chars) },
  editDeck: { arity: 1, check: ([ops]) => [editOps(ops, 'edits')] },
  showView: {
    arity: 1,
    check: ([view]) => {
      if (!OPENABLE_VIEWS.includes(view as OpenableView)) throw new IpcRejection(`view must be one of ${OPENABLE_VIEWS.join(', ')}, got ${describe(view)}`);
      return [view as OpenableView];
    },
  },
  addPicture: { arity: 2, check: ([name, data]) => [fileName(name, 'picture name'), bytes(data, 'picture bytes')] },
  exportFormats: { arity: 1, check: ([request]) => [exportRequest(request, 'export request')] },
  importRevision: { arity: 2, check: ([name, data]) => [fileName(name, 'draft name'), bytes(data, 'draft bytes')] },
};

/** Sender and arguments of one request, or an IpcRejection saying what was wrong. */
export function validateRequest<K extends InvokeKey>(key: K, frame: SenderFrame | null | undefined, args: readonly unknown[]): InvokeArgs<K> {
  checkSender(frame);
  const validator = ARG_VALIDATORS[key];
  if (args.length !== validator.arity) {
    throw new IpcRejection(`${key} takes ${validator.arity} argument(s), got ${args.length}`);
  }
  return validator.check(args) as InvokeArgs<K>;
}
