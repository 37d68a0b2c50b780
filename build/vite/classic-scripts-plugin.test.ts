import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chunkTexts, writeClassicScripts } from './classic-scripts-plugin.ts';
import type { ClassicManifest } from '../../slides/node/classic-scripts.ts';

const dirs: string[] = [];
const sorted = (text: string | Iterable<string>): string => [...text].sort().join('');
afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

// The parts of Vite's output bundle the plugin reads: chunks with their modules' rendered code.
const chunk = (fileName: string, modules: Record<string, string>, imports: string[] = [], dynamicImports: string[] = []) => ({
  type: 'chunk' as const,
  fileName,
  modules: Object.fromEntries(Object.entries(modules).map(([id, code]) => [id, { code }])),
  imports,
  dynamicImports,
});

describe("the views' own text in classic-scripts.json (what a static deck's and the single-file HTML's fonts must cover)", () => {
  it("takes the project's words and a library's marks, not a library's Chinese data", () => {
    const texts = chunkTexts({
      'assets/presenter.js': chunk('assets/presenter.js', { '/repo/renderer/presenter/main.ts': 'label("讲稿 — 下一页")' }, ['assets/shared.js'], ['assets/aids.js']),
      'assets/shared.js': chunk('assets/shared.js', { '/repo/slides/core/messages/views.ts': 'const zh={next:"下一页",time:"用时"}' }),
      'assets/aids.js': chunk('assets/aids.js', { '/repo/node_modules/pinyin-pro/dist/index.mjs': 'const dict={"犍":"qián","蚌":"bàng"}; const tones="āáǎà"' }),
      'assets/style.css': { type: 'asset', fileName: 'assets/style.css' },
    });
    expect(sorted(texts.get('assets/presenter.js')!.chars)).toBe(sorted('讲稿—下一页'));
    expect(sorted(texts.get('assets/shared.js')!.chars)).toBe(sorted('下一页用时'));
    const library = sorted(texts.get('assets/aids.js')!.chars);
    expect(library).toBe(sorted('āáǎà'));
    expect(library).not.toMatch(/[犍蚌]/);
    expect(texts.has('assets/style.css')).toBe(false);
  });

  it("gives each page the characters of its entry and of every chunk that entry loads", async () => {
    const root = await mkdtemp(join(tmpdir(), 'podium-classic-'));
    dirs.push(root);
    await mkdir(join(root, 'assets'));
    await writeFile(join(root, 'index.html'), '<!doctype html><title>讲台</title><script type="module" src="./assets/index.js"></script>');
    await writeFile(join(root, 'assets', 'index.js'), "import './shared.js';\n");
    await writeFile(join(root, 'assets', 'shared.js'), 'window.x = "未被读取";\n');
    const texts = chunkTexts({
      'assets/index.js': chunk('assets/index.js', { '/repo/renderer/audience/main.ts': 'show("幻灯片")' }, ['assets/shared.js']),
      'assets/shared.js': chunk('assets/shared.js', { '/repo/slides/core/messages/views.ts': 'say("共")' }),
      'assets/other.js': chunk('assets/other.js', { '/repo/renderer/editor/main.ts': 'say("编辑")' }),
    });
    const manifest: ClassicManifest = await writeClassicScripts(root, ['index.html'], texts);
    expect(manifest.text['index.html']).toBe(sorted('讲台幻灯片共'));
    expect(JSON.parse(await readFile(join(root, 'classic-scripts.json'), 'utf8'))).toEqual(manifest);
  });
});
