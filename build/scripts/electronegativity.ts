/**
 * Electronegativity findings against the reviewed allow-list (.ci/electronegativity-allow.json):
 * a finding is accepted only when an entry names its check and file and says why it is safe.
 * Entries that no longer match a finding are reported too, so the list never outlives its reasons.
 *
 * The tool fetches translations and Electron's release list from GitHub at every run; CI is offline
 * and an audit must not depend on the network, so its HTTP client is replaced by one that fails at
 * once (it then uses its bundled English strings and skips the release check).
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface AuditFinding {
  id: string;
  /** Path relative to the scanned folder, or 'N/A' for the tool's global checks. */
  file: string;
  line?: number;
  severity: string;
  confidence: string;
  description: string;
}

export interface AllowEntry {
  id: string;
  file: string;
  reason: string;
}

export interface AuditVerdict {
  unexplained: AuditFinding[];
  stale: AllowEntry[];
}

/** Reads the allow-list file's JSON; throws an Error naming the entry that is malformed. */
export function parseAllowList(json: unknown, source: string): AllowEntry[] {
  const entries = (json as { allow?: unknown } | null)?.allow;
  if (!Array.isArray(entries)) throw new Error(`${source}: expected {"allow": [ {id, file, reason}, … ]}.`);
  return entries.map((entry: unknown, index) => {
    const e = entry as Partial<Record<keyof AllowEntry, unknown>> | null;
    if (typeof e?.id !== 'string' || typeof e.file !== 'string' || typeof e.reason !== 'string' || e.reason.trim().length < 20) {
      throw new Error(`${source}: entry ${index + 1} needs an id, a file and a reason of at least a sentence (why the finding is safe here).`);
    }
    return { id: e.id, file: e.file, reason: e.reason };
  });
}

const matches = (finding: AuditFinding, entry: AllowEntry): boolean => finding.id === entry.id && finding.file === entry.file;

export function judgeFindings(findings: readonly AuditFinding[], allow: readonly AllowEntry[]): AuditVerdict {
  return {
    unexplained: findings.filter((finding) => !allow.some((entry) => matches(finding, entry))),
    stale: allow.filter((entry) => !findings.some((finding) => matches(finding, entry))),
  };
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const ALLOW_LIST = resolve(ROOT, '.ci/electronegativity-allow.json');
export const SCANNED = ['electron', 'renderer'];

interface ToolIssue {
  id: string;
  file: string;
  location?: { line?: number };
  severity: { name: string };
  confidence: { name: string };
  description?: string;
}
export interface ToolResult {
  errors: { file: string; message: string; tolerable?: boolean }[];
  issues: ToolIssue[];
}
type Run = (options: Record<string, unknown>) => Promise<ToolResult>;

function loadTool(): Run {
  const require = createRequire(resolve(ROOT, 'package.json'));
  const toolMain = require.resolve('@doyensec/electronegativity');
  const got = createRequire(toolMain).resolve('got');
  const offline = (): Promise<never> => Promise.reject(new Error('offline: the audit does not use the network'));
  require.cache[got] = { id: got, filename: got, loaded: true, exports: Object.assign(offline, { default: offline }) } as unknown as NodeJS.Module;
  return require(toolMain) as Run;
}

/** Runs the tool over `folders` (relative to `root`) as one application. */
export async function scan(folders: readonly string[] = SCANNED, root = ROOT): Promise<ToolResult> {
  const staging = await mkdtemp(join(tmpdir(), 'podium-audit-'));
  try {
    for (const folder of folders) {
      await cp(resolve(root, folder), join(staging, folder), { recursive: true, filter: (path) => !/(?:\.test\.ts|\.test-support\.ts)$/.test(path) });
    }
    const run = loadTool();
    const quiet = console.log;
    console.log = () => undefined; // the tool narrates its offline fallbacks on stdout
    try {
      return await run({ input: staging, isRelative: true, electronVersionOverride: electronVersion() });
    } finally {
      console.log = quiet;
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

export function electronVersion(): string {
  const require = createRequire(resolve(ROOT, 'package.json'));
  return (require('electron/package.json') as { version: string }).version;
}

export const findingOf = (issue: ToolIssue): AuditFinding => ({
  id: issue.id,
  file: issue.file,
  ...(issue.location?.line ? { line: issue.location.line } : {}),
  severity: issue.severity.name,
  confidence: issue.confidence.name,
  description: (issue.description ?? '').trim(),
});
