/**
 * The official copy (公文) in the computer's own faces, read back from the PDF with pdffonts:
 * - this computer's fonts: fonts-arphic-gkai00mp (in .ci/run's apt line) gives a free 楷体, AR PL
 *   KaitiM GB, which sets the second-level headings; the roles the computer has no face for
 *   fall back to the bundled Noto faces, and `podium export` says so;
 * - a computer with none of them: every role in the bundled faces, with the note;
 * - every role offered: a font list naming real files under the names offices install them as,
 *   so each role's face reaches the PDF embedded as a subset; the 黑体 offered is a face of a
 *   CFF collection, which Chromium would print as Type 3, so it is refused with the note.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileDeck } from '../slides/core/index.ts';
import type { DeckModel } from '../slides/core/model.ts';
import type { InstalledFont } from '../slides/core/official-faces.ts';
import { openPdfSession } from '../slides/export/pdf.ts';
import { EXAMPLE_REPORT_PATH } from '../slides/node/bundled.ts';
import { readReport } from '../slides/node/read-report.ts';
import { listInstalledFonts } from '../slides/node/system-fonts.ts';
import { runCli } from '../slides/cli/program.ts';
import { ensureRendererBuilt, RENDERER_DIST } from './support/renderer-build.ts';
import { pdfFonts, pdfText, pdfToPng, squeeze } from './helpers/pdf-tools.ts';

const KAI = '/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf';
const HEI_COLLECTION = '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc';
const SHOTS = resolve('test-results/exports');

let deck: DeckModel;
let dir: string;

beforeAll(async () => {
  deck = compileDeck(await readReport(EXAMPLE_REPORT_PATH));
  dir = await mkdtemp(join(tmpdir(), 'podium-official-'));
  ensureRendererBuilt();
}, 300_000);
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function officialPdf(name: string, officialFonts?: readonly InstalledFont[]) {
  const session = await openPdfSession({ rendererDir: RENDERER_DIST, ...(officialFonts ? { officialFonts } : {}) });
  try {
    const result = await session.render(deck, { kind: 'official' });
    const file = join(dir, `${name}.pdf`);
    await writeFile(file, result.pdf);
    return { file, faces: result.faces };
  } finally {
    await session.close();
  }
}

function expectSubsetsOnly(file: string): string[] {
  const fonts = pdfFonts(file);
  for (const font of fonts) {
    expect(font.type, font.name).not.toMatch(/Type 3/);
    expect(font.embedded && font.subset && font.unicode, font.name).toBe(true);
  }
  return fonts.map((font) => font.name);
}

describe('the official copy\'s faces', () => {
  it('uses this computer\'s 楷体 (AR PL KaitiM GB) for second-level headings and says which faces set each role', async () => {
    const installed = await listInstalledFonts();
    expect(installed.some((font) => font.file === KAI), `${KAI} is missing: apt-get install fonts-arphic-gkai00mp (as .ci/run does)`).toBe(true);
    const { file, faces } = await officialPdf('official-this-computer');
    expect(faces?.heading2).toMatchObject({ source: 'system', name: 'AR PL KaitiM GB', file: KAI });
    const names = expectSubsetsOnly(file);
    expect(names.some((name) => /^[A-Z]{6}\+GBZenKai/.test(name)), names.join(', ')).toBe(true);
    pdfToPng(file, 11, join(SHOTS, 'official-this-computer'), 70);
    // The same through the CLI: its output names the face of each role.
    const out = join(dir, 'cli-official.pdf');
    let said = '';
    const code = await runCli(['export', EXAMPLE_REPORT_PATH, '--format', 'official', '--renderer', RENDERER_DIST, '-o', out], { out: (text) => void (said += text), err: () => undefined }, { LANG: 'C.UTF-8' });
    expect(code).toBe(0);
    expect(said).toMatch(/Official copy faces: .*second-level headings AR PL KaitiM GB \(this computer's font\)/);
  });

  it('falls back to the bundled Noto faces where the computer has none, and says so', async () => {
    const { file, faces } = await officialPdf('official-no-system-fonts', []);
    for (const role of ['title', 'body', 'heading1', 'heading2'] as const) expect(faces?.[role].source, role).toBe('bundled');
    for (const name of expectSubsetsOnly(file)) expect(name).toMatch(/^[A-Z]{6}\+NotoS(ans|erif)SC/);
    // The text is all there, set in the bundled faces.
    expect(squeeze(pdfText(file))).toContain(squeeze(deck.slides[2]!.notes.split('\n')[0]!));
  });

  it('sets each role in its system face when offered one, refusing a face the PDF cannot embed (never Type 3)', async () => {
    const hei = (await listInstalledFonts()).find((font) => font.file === HEI_COLLECTION && font.names.includes('Noto Sans CJK SC'));
    expect(hei, `${HEI_COLLECTION} (fonts-noto-cjk) has no Noto Sans CJK SC face`).toBeDefined();
    const { file, faces } = await officialPdf('official-all-roles', [
      { file: KAI, index: 0, names: ['方正小标宋简体'] },
      { file: KAI, index: 0, names: ['仿宋_GB2312'] },
      { file: HEI_COLLECTION, index: hei!.index, names: ['黑体'] },
      { file: KAI, index: 0, names: ['楷体_GB2312'] },
    ]);
    expect(faces && Object.values(faces).map((face) => `${face.role}:${face.source}:${face.name}`)).toEqual(['title:system:方正小标宋简体', 'body:system:仿宋_GB2312', 'heading1:bundled:Noto Sans SC', 'heading2:system:楷体_GB2312']);
    expect(faces?.heading1).toMatchObject({ refused: ['黑体'] });
    const names = expectSubsetsOnly(file);
    expect(names.some((name) => /\+GBZenKai/.test(name)), names.join(', ')).toBe(true);
    expect(names.some((name) => /NotoSansCJK/.test(name)), names.join(', ')).toBe(false);
    expect(squeeze(pdfText(file))).toContain(squeeze(deck.slides[2]!.notes.split('\n')[0]!));
    pdfToPng(file, 11, join(SHOTS, 'official-all-roles'), 70);
  });
});
