import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findingOf, judgeFindings, parseAllowList, scan, type AuditFinding } from './electronegativity.ts';

const finding = (id: string, file: string): AuditFinding => ({ id, file, severity: 'HIGH', confidence: 'FIRM', description: '' });

describe('the electronegativity allow-list', () => {
  it('accepts a finding only when an entry names its check and file', () => {
    const allow = parseAllowList({ allow: [{ id: 'SANDBOX_JS_CHECK', file: 'electron/main/windows.ts', reason: 'set by the preferences factory, which the tool cannot see' }] }, 'x');
    const verdict = judgeFindings([finding('SANDBOX_JS_CHECK', 'electron/main/windows.ts'), finding('SANDBOX_JS_CHECK', 'electron/main/other.ts'), finding('NODE_INTEGRATION_JS_CHECK', 'electron/main/windows.ts')], allow);
    expect(verdict.unexplained.map((f) => `${f.id} ${f.file}`)).toEqual(['SANDBOX_JS_CHECK electron/main/other.ts', 'NODE_INTEGRATION_JS_CHECK electron/main/windows.ts']);
    expect(verdict.stale).toEqual([]);
  });

  it('reports entries that no longer match a finding', () => {
    const allow = parseAllowList({ allow: [{ id: 'CSP_GLOBAL_CHECK', file: 'N/A', reason: 'the policy is sent as a header from a directive list' }] }, 'x');
    expect(judgeFindings([], allow).stale).toEqual(allow);
  });

  it('refuses an entry without a reason', () => {
    expect(() => parseAllowList({ allow: [{ id: 'CSP_GLOBAL_CHECK', file: 'N/A', reason: 'ok' }] }, 'allow.json')).toThrow(/allow.json: entry 1 needs/);
    expect(() => parseAllowList({ entries: [] }, 'allow.json')).toThrow(/expected/);
  });
});

describe('the audit run', () => {
  let dir: string | undefined;
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('finds what the tool finds in an insecure window, offline', async () => {
    dir = await mkdtemp(join(tmpdir(), 'podium-audit-test-'));
    await mkdir(join(dir, 'app'));
    await writeFile(
      join(dir, 'app', 'main.ts'),
      "import { BrowserWindow } from 'electron';\nexport const w = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } });\n",
    );
    const result = await scan(['app'], dir);
    const ids = result.issues.map(findingOf).map((f) => `${f.id} ${f.file}`);
    expect(ids).toEqual(expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK app/main.ts', 'SANDBOX_JS_CHECK app/main.ts', 'LIMIT_NAVIGATION_GLOBAL_CHECK N/A']));
    expect(result.errors).toEqual([]);
  }, 60_000);
});
