/**
 * The packaging config, checked without building (Electron cannot be downloaded here):
 * electron-builder's own loader and schema validation, plus what the issues ask for.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { buildElectron } from './build-electron.ts';
import { SUPPORTED_EXTENSIONS } from '../../slides/node/read-report.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const require = createRequire(import.meta.url);
const CONFIG_PATH = 'build/electron-builder.config.cjs';

interface TargetEntry {
  target: string;
  arch: string[];
}
interface Config {
  appId: string;
  productName: string;
  files: string[];
  asar: boolean;
  electronFuses: Record<string, boolean>;
  win: { icon: string; target: TargetEntry[] };
  linux: { icon: string; target: TargetEntry[] };
  mac: { icon: string; target: TargetEntry[] };
  fileAssociations: Array<{ ext: string | string[]; name: string; mimeType: string; role: string; rank: string }>;
}

// A copy: electron-builder normalises the object it validates in place (files → [{ filter }]).
const config = structuredClone(require(path.join(ROOT, CONFIG_PATH))) as Config;

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function targets(list: TargetEntry[]): string[] {
  return list.flatMap((t) => t.arch.map((arch) => `${t.target}:${arch}`)).sort();
}

describe('electron-builder config', () => {
  it("passes electron-builder's own loader and schema validation", async () => {
    const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
      getConfig(projectDir: string, configPath: string, fromOptions: null): Promise<unknown>;
      validateConfiguration(config: unknown, logger: unknown): Promise<void>;
    };
    const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
    const loaded = structuredClone(await getConfig(ROOT, CONFIG_PATH, null));
    await expect(validateConfiguration(loaded, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('the same validation rejects a wrong config (so the check above can fail)', async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
      validateConfiguration(config: unknown, logger: unknown): Promise<void>;
    };
    const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
    await expect(validateConfiguration({ ...structuredClone(config), electronFuses: { runAsNod: false } }, new DebugLogger(false))).rejects.toThrow(/configuration\.electronFuses should be/);
  });

  it('npm run dist uses this file', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.dist).toContain(`--config ${CONFIG_PATH}`);
    expect(pkg.scripts.dist).toMatch(/build:renderer.*build:electron.*electron-builder/);
  });

  it('names the app and ships only the build output, in an asar', () => {
    expect(config.productName).toBe('Podium 讲台');
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z]+)+$/);
    expect(config.files).toContain('dist/**');
    expect(config.asar).toBe(true);
  });

  it('ships every production dependency the main bundle needs, and leaves out the others', async () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const excluded = config.files.flatMap((pattern) => /^!node_modules\/(.+)\{,\/\*\*\/\*\}$/.exec(pattern)?.[1] ?? []);
    const dir = await mkdtemp(path.join(os.tmpdir(), 'podium-builder-'));
    try {
      const { mainImports } = await buildElectron(path.join(dir, 'electron'));
      const packageOf = (specifier: string) => (specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]);
      const imported = new Set(mainImports.filter((s) => !s.startsWith('node:') && s !== 'electron').map((s) => packageOf(s) ?? s));
      expect(imported.size).toBeGreaterThan(0);
      // What main imports, and what those packages need in turn (subset-font needs fontverter, …).
      const needed = new Set<string>();
      const need = (name: string): void => {
        if (needed.has(name)) return;
        needed.add(name);
        const manifest = JSON.parse(readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
        for (const dependency of Object.keys(manifest.dependencies ?? {})) need(dependency);
      };
      imported.forEach(need);
      for (const name of needed) expect(excluded, `${name} is needed by main but excluded`).not.toContain(name);
      for (const name of Object.keys(pkg.dependencies)) {
        expect(needed.has(name) || excluded.includes(name), `dependency ${name}: imported by main or listed in NOT_SHIPPED`).toBe(true);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('offers "Open with Podium" for .md, .docx, .txt, .doc/.wps and .pdf, and only for what the app reads', () => {
    const associated = config.fileAssociations.flatMap((a) => (Array.isArray(a.ext) ? a.ext : [a.ext])).map((ext) => `.${ext}`);
    for (const ext of ['.md', '.docx', '.txt', '.doc', '.wps', '.pdf']) expect(associated).toContain(ext);
    for (const ext of associated) expect(SUPPORTED_EXTENSIONS).toContain(ext);
    for (const association of config.fileAssociations) {
      expect(association.mimeType).toMatch(/^[a-z]+\/[\w.+-]+$/);
      // Podium opens reports; it does not claim to own Word or text files on macOS.
      expect(association).toMatchObject({ role: 'Viewer', rank: 'Alternate' });
    }
  });

  it('sets the security fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
    });
  });

  it('builds NSIS + portable for Windows, AppImage + deb for x64 and arm64, dmg for macOS', () => {
    expect(targets(config.win.target)).toEqual(['nsis:arm64', 'nsis:x64', 'portable:x64']);
    expect(targets(config.linux.target)).toEqual(['AppImage:arm64', 'AppImage:x64', 'deb:arm64', 'deb:x64']);
    expect(targets(config.mac.target)).toEqual(['dmg:arm64', 'dmg:x64']);
  });

  it('has the icons it names: a 1024 px PNG for Windows/macOS and a size set for Linux', () => {
    for (const icon of [config.win.icon, config.mac.icon]) expect(pngSize(path.join(ROOT, icon))).toEqual({ width: 1024, height: 1024 });
    for (const size of [16, 32, 48, 64, 128, 256, 512]) {
      const file = path.join(ROOT, config.linux.icon, `${size}x${size}.png`);
      expect(existsSync(file), file).toBe(true);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
  });
});
