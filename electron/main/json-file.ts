/**
 * Crash-safe JSON files for the shell's small stores (settings, recent files,
 * rehearsal runs). A write goes to a temporary file beside the target, is fsynced,
 * then renamed over it, so a crash at any moment leaves either the old or the new
 * file, never half of one. A file that cannot be read back (damaged disk, hand edit,
 * a foreign program) is moved aside as `<name>.bak` and the caller's defaults are used,
 * so the app still starts and the user's data can still be rescued.
 */
import { readFile, rename, access } from 'node:fs/promises';
import { writeFileAtomic, type WriteAtomicOptions } from '../../slides/node/write-atomic.ts';

export type WriteHooks = Pick<WriteAtomicOptions, 'beforeRename'>;

/** The stores hold the user's own data: private to the user (0600), in folders made on first save. */
export async function writeJsonAtomic(file: string, value: unknown, hooks: WriteHooks = {}): Promise<void> {
  const text = JSON.stringify(value, null, 2);
  if (text === undefined) throw new TypeError(`${file}: refusing to write a value that is not JSON`);
  await writeFileAtomic(file, `${text}\n`, { ...hooks, mode: 0o600, createFolder: true });
}

export type ReadResult<T> =
  | { status: 'ok'; value: T }
  | { status: 'missing'; value: T }
  | { status: 'recovered'; value: T; backup: string; reason: string };

/**
 * Reads and checks a JSON file. `parse` turns the parsed JSON into T or throws an
 * Error saying what is wrong with it. Missing file → defaults; unreadable or invalid
 * content → the file is moved to a free `.bak` name and defaults are returned.
 */
export async function readJsonOrRecover<T>(file: string, parse: (json: unknown) => T, defaults: () => T): Promise<ReadResult<T>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'missing', value: defaults() };
    throw error;
  }
  let reason: string;
  try {
    return { status: 'ok', value: parse(JSON.parse(text) as unknown) };
  } catch (error) {
    reason = error instanceof Error ? error.message : String(error);
  }
  const backup = await freeBackupName(file);
  await rename(file, backup);
  return { status: 'recovered', value: defaults(), backup, reason };
}

async function freeBackupName(file: string): Promise<string> {
  for (let n = 0; ; n += 1) {
    const candidate = n === 0 ? `${file}.bak` : `${file}.${n}.bak`;
    try {
      await access(candidate);
    } catch {
      return candidate;
    }
  }
}

/**
 * One JSON file with writes applied in call order: a later `save` never lands
 * before an earlier one, and a failed write does not block the next.
 */
export class JsonFileQueue {
  private tail: Promise<void> = Promise.resolve();

  constructor(readonly file: string) {}

  save(value: unknown): Promise<void> {
    const snapshot = JSON.parse(JSON.stringify(value)) as unknown;
    const next = this.tail.then(() => writeJsonAtomic(this.file, snapshot));
    this.tail = next.catch(() => undefined);
    return next;
  }

  /** Resolves when every save asked for so far has landed (or failed): the app waits for it before quitting. */
  idle(): Promise<void> {
    return this.tail;
  }
}
