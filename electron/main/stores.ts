/**
 * The shell's persistent stores in the user-data folder, each a crash-safe JSON
 * file (json-file.ts): settings (UI language, notes size, …), the recent-files list,
 * and rehearsal runs per report. No Electron here: main.ts passes the folder.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { RecentFile } from '../common/contract.ts';
import { JsonFileQueue, readJsonOrRecover, type ReadResult } from './json-file.ts';

/** A store that had to be recovered at load: shown to the user once, then the app goes on. */
export interface StoreWarning {
  file: string;
  backup: string;
  reason: string;
}

function warningOf(file: string, result: ReadResult<unknown>): StoreWarning[] {
  return result.status === 'recovered' ? [{ file, backup: result.backup, reason: result.reason }] : [];
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export class SettingsStore {
  private constructor(
    private readonly queue: JsonFileQueue,
    private values: Record<string, unknown>,
  ) {}

  static async open(file: string): Promise<{ store: SettingsStore; warnings: StoreWarning[] }> {
    const result = await readJsonOrRecover(file, parseSettings, () => ({}));
    return { store: new SettingsStore(new JsonFileQueue(file), result.value), warnings: warningOf(file, result) };
  }

  get(key: string): unknown {
    return Object.hasOwn(this.values, key) ? this.values[key] : undefined;
  }

  async set(key: string, value: unknown): Promise<void> {
    this.values = { ...this.values, [key]: value };
    await this.queue.save(this.values);
  }

  flush(): Promise<void> {
    return this.queue.idle();
  }
}

function parseSettings(json: unknown): Record<string, unknown> {
  if (!isPlainObject(json)) throw new Error('settings must be a JSON object');
  return json;
}

export const MAX_RECENT = 10;

/** Newest first, one entry per path; the oldest fall off the end. */
export function addRecent(list: readonly RecentFile[], entry: RecentFile, max = MAX_RECENT): RecentFile[] {
  const key = samePathKey(entry.path);
  return [entry, ...list.filter((item) => samePathKey(item.path) !== key)].slice(0, max);
}

/** Windows and macOS file systems are case-insensitive by default. */
function samePathKey(p: string, platform: NodeJS.Platform = process.platform): string {
  const normal = path.normalize(p);
  return platform === 'win32' || platform === 'darwin' ? normal.toLowerCase() : normal;
}

export function parseRecent(json: unknown): RecentFile[] {
  if (!Array.isArray(json)) throw new Error('the recent-files list must be a JSON array');
  return json.map((item, i) => {
    if (!isPlainObject(item) || typeof item.path !== 'string' || typeof item.name !== 'string' || typeof item.openedAt !== 'string') {
      throw new Error(`recent-files entry ${i} must have string path, name and openedAt`);
    }
    return { path: item.path, name: item.name, openedAt: item.openedAt };
  });
}

/** Used by both hosts: Electron's main process and the browser host. */
export class RecentFilesStore {
  private constructor(
    /** None: the list lives in memory only (the browser host in tests). */
    private readonly queue: JsonFileQueue | undefined,
    private items: RecentFile[],
  ) {}

  static async open(file: string): Promise<{ store: RecentFilesStore; warnings: StoreWarning[] }> {
    const result = await readJsonOrRecover(file, parseRecent, () => []);
    return { store: new RecentFilesStore(new JsonFileQueue(file), result.value), warnings: warningOf(file, result) };
  }

  static inMemory(): RecentFilesStore {
    return new RecentFilesStore(undefined, []);
  }

  list(): RecentFile[] {
    return [...this.items];
  }

  has(filePath: string): boolean {
    return this.items.some((item) => samePathKey(item.path) === samePathKey(filePath));
  }

  async add(filePath: string, now = new Date()): Promise<void> {
    this.items = addRecent(this.items, { path: filePath, name: path.basename(filePath), openedAt: now.toISOString() });
    await this.queue?.save(this.items);
  }

  async clear(): Promise<void> {
    this.items = [];
    await this.queue?.save(this.items);
  }

  flush(): Promise<void> {
    return this.queue?.idle() ?? Promise.resolve();
  }
}

interface RehearsalFile {
  reportKey: string;
  data: unknown;
}

/** Rehearsal runs, one file per report (named by a hash of the report key, which may hold any characters). */
export class RehearsalStore {
  private readonly queues = new Map<string, JsonFileQueue>();
  readonly warnings: StoreWarning[] = [];

  constructor(private readonly dir: string) {}

  fileFor(reportKey: string): string {
    return path.join(this.dir, `${createHash('sha256').update(reportKey).digest('hex').slice(0, 32)}.json`);
  }

  async load(reportKey: string): Promise<unknown> {
    return (await this.read(reportKey)).value;
  }

  /**
   * For the renderer: a damaged file rejects with its warning, so the rehearsal views can
   * say so. Once only, as the damaged file is now the .bak and the next load finds none.
   */
  async loadOrReject(reportKey: string): Promise<unknown> {
    const { value, warning } = await this.read(reportKey);
    if (warning) throw new Error(`${warning.file}: ${warning.reason} (kept as ${warning.backup})`);
    return value;
  }

  private async read(reportKey: string): Promise<{ value: unknown; warning?: StoreWarning }> {
    const file = this.fileFor(reportKey);
    const result = await readJsonOrRecover<unknown>(
      file,
      (json) => {
        if (!isPlainObject(json) || json.reportKey !== reportKey || !('data' in json)) {
          throw new Error(`not the rehearsal file of "${reportKey}"`);
        }
        return json.data;
      },
      () => undefined,
    );
    const [warning] = warningOf(file, result);
    if (warning) this.warnings.push(warning);
    return { value: result.value, warning };
  }

  async save(reportKey: string, data: unknown): Promise<void> {
    const file = this.fileFor(reportKey);
    let queue = this.queues.get(file);
    if (!queue) {
      queue = new JsonFileQueue(file);
      this.queues.set(file, queue);
    }
    const content: RehearsalFile = { reportKey, data };
    await queue.save(content);
  }

  async flush(): Promise<void> {
    await Promise.all([...this.queues.values()].map((queue) => queue.idle()));
  }
}
