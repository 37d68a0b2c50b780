import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { BUNDLED_PACKAGES, CLI_ENTRY, CLI_OUT_DIR, REPO_ROOT } from './build-cli.ts';

const run = promisify(execFile);
const temps: string[] = [];
afterAll(async () => {
  await Promise.all(temps.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function jsFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.js')).map((entry) => join(entry.parentPath, entry.name));
}

// The unit run's global setup has just compiled dist/cli from the sources (build-cli.setup.ts).
describe('the compiled CLI (dist/cli)', () => {
  it('is plain JavaScript that loads no TypeScript loader and imports no .ts file', async () => {
    const files = await jsFiles(CLI_OUT_DIR);
    expect(files).toContain(CLI_ENTRY);
    for (const file of files) {
      const code = await readFile(file, 'utf8');
      expect(code, file).not.toMatch(/from\s+["']tsx|import\(["']tsx|(from\s+|import\()["'][^"']+\.ts["']/);
    }
  });

  it('keeps each command in a chunk of its own: the entry does not carry the PDF driver or the PPTX writer', async () => {
    const entry = await readFile(CLI_ENTRY, 'utf8');
    expect(entry).not.toMatch(/playwright-core|pptxgenjs|harfbuzz/);
    const program = /import\(["']\.\/(chunks\/program-[\w-]+\.js)["']\)/.exec(entry)?.[1];
    expect(program, 'the entry loads the program lazily').toBeDefined();
    const programCode = await readFile(join(CLI_OUT_DIR, program!), 'utf8');
    expect(programCode).toMatch(/import\(["']\.\/export-/);
  });

  it('answers --version without loading the argument parser or the message catalogue', async () => {
    // Everything the entry loads before it runs: its static imports, followed through the chunks.
    const loaded = new Set<string>();
    const queue = [CLI_ENTRY];
    while (queue.length > 0) {
      const file = queue.pop()!;
      if (loaded.has(file)) continue;
      loaded.add(file);
      const code = await readFile(file, 'utf8');
      for (const [, spec] of code.matchAll(/^import\s+(?:[^'"]*?from\s+)?["'](\.[^"']+)["']/gm)) queue.push(join(file, '..', spec!));
    }
    for (const file of loaded) {
      const code = await readFile(file, 'utf8');
      expect(code, file).not.toMatch(/CommanderError|cli\.description/);
    }
  });

  it('compiles the small packages every command uses into the chunks, and leaves the rest to node_modules', async () => {
    const code = (await Promise.all((await jsFiles(CLI_OUT_DIR)).map((file) => readFile(file, 'utf8')))).join('\n');
    for (const name of BUNDLED_PACKAGES) expect(code).not.toMatch(new RegExp(`from ["']${name}["']|import\\(["']${name}["']\\)`));
    // PDFs are printed over Chromium's DevTools pipe (slides/export/chromium.ts): no automation library loads.
    expect(code).not.toMatch(/playwright/);
    expect(code).toMatch(/import\(["']pptxgenjs["']\)/);
  });

  it('runs without tsx: node dist/cli/main.js --version prints the package version', async () => {
    const { version } = JSON.parse(await readFile(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    const { stdout } = await run(process.execPath, [CLI_ENTRY, '--version'], { cwd: tmpdir() });
    expect(stdout.trim()).toBe(version);
  });

  it('the bin says how to build the CLI when dist/cli is missing (e.g. installed with --ignore-scripts)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'podium-bin-'));
    temps.push(dir);
    await mkdir(join(dir, 'bin'));
    await copyFile(join(REPO_ROOT, 'bin/podium.js'), join(dir, 'bin/podium.js'));
    const result = await run(process.execPath, [join(dir, 'bin/podium.js'), '--version']).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/command line is not built yet[^]*npm run build:cli/);
  });
});
