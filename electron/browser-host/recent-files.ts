/**
 * Recently opened report files for the browser host: newest first, at most 10, kept
 * in a small JSON file so they survive restarts. A damaged list is set aside, not fatal.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import type { RecentFile } from '../common/contract.ts';

const MAX_RECENT = 10;

export class RecentFiles {
  private memory: RecentFile[] = [];
  private loaded = false;

  constructor(private readonly storePath?: string) {}

  async list(): Promise<RecentFile[]> {
    if (!this.loaded) {
      this.loaded = true;
      this.memory = await this.read();
    }
    return [...this.memory];
  }

  async add(path: string, name = basename(path)): Promise<void> {
    const current = await this.list();
    this.memory = [{ path, name, openedAt: new Date().toISOString() }, ...current.filter((r) => r.path !== path)].slice(0, MAX_RECENT);
    if (!this.storePath) return;
    await mkdir(dirname(this.storePath), { recursive: true });
    // Write then rename, so a crash mid-write leaves the previous list intact.
    const temp = `${this.storePath}.${process.pid}.tmp`;
    await writeFile(temp, JSON.stringify(this.memory, null, 2));
    await rename(temp, this.storePath);
  }

  private async read(): Promise<RecentFile[]> {
    if (!this.storePath) return [];
    let text: string;
    try {
      text = await readFile(this.storePath, 'utf8');
    } catch {
      return []; // no list yet
    }
    try {
      const value = JSON.parse(text) as unknown;
      if (Array.isArray(value)) {
        return value.filter((r): r is RecentFile =>
          typeof r === 'object' && r !== null && typeof r.path === 'string' && typeof r.name === 'string' && typeof r.openedAt === 'string');
      }
    } catch {
      // fall through: keep the damaged file aside for the user and start a new list
    }
    await rename(this.storePath, `${this.storePath}.damaged-${Date.now()}`).catch(() => undefined);
    return [];
  }
}
