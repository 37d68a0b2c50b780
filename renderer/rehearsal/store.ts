/**
 * The stored rehearsal data of one report, and the one way the views read and write it:
 * through the Host (Electron: main's crash-safe file store; browser host: the browser's
 * storage). A store that cannot be read is reported, its content kept aside under a
 * backup key, and the app goes on with an empty history instead of failing to start.
 */
import type { Host } from '../../electron/common/contract.ts';
import type { ReadingRate } from '../../slides/core/model.ts';
import { EMPTY_CHOICE, type PlanChoice } from './plan.ts';
import type { RehearsalRun } from './run.ts';

export const REHEARSAL_FORMAT = 'podium-rehearsals';
export const REHEARSAL_VERSION = 1;

export interface RehearsalFile {
  format: typeof REHEARSAL_FORMAT;
  version: typeof REHEARSAL_VERSION;
  report: { title: string; source: string };
  /** Kept runs, oldest first. */
  runs: RehearsalRun[];
  /** The run being recorded, saved after every slide change so a crash loses at most one slide. */
  inProgress?: RehearsalRun;
  /** The applied rate and accepted cuts: the plan overlay every view shows. */
  plan: PlanChoice;
}

export function emptyRehearsalFile(report: { title: string; source: string }): RehearsalFile {
  return { format: REHEARSAL_FORMAT, version: REHEARSAL_VERSION, report, runs: [], plan: EMPTY_CHOICE };
}

type Check<T> = { ok: true; value: T } | { ok: false; reason: string };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isMs = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

function checkRun(value: unknown, where: string): Check<RehearsalRun> {
  if (!isRecord(value)) return { ok: false, reason: `${where} is not an object` };
  if (typeof value.id !== 'string' || typeof value.startedAt !== 'string') return { ok: false, reason: `${where} has no id or start time` };
  if (value.endedAt !== undefined && typeof value.endedAt !== 'string') return { ok: false, reason: `${where}.endedAt is not a date` };
  if (!isMs(value.pausedMs)) return { ok: false, reason: `${where}.pausedMs is not a duration` };
  if (!isRecord(value.slideMs) || !Object.values(value.slideMs).every(isMs)) {
    return { ok: false, reason: `${where}.slideMs holds something other than durations` };
  }
  const run: RehearsalRun = {
    id: value.id,
    startedAt: value.startedAt,
    slideMs: value.slideMs as Record<string, number>,
    pausedMs: value.pausedMs,
  };
  if (typeof value.endedAt === 'string') run.endedAt = value.endedAt;
  if (value.recovered === true) run.recovered = true;
  return { ok: true, value: run };
}

function checkRate(value: unknown): value is ReadingRate {
  return isRecord(value) && typeof value.cjkPerMinute === 'number' && value.cjkPerMinute > 0 && typeof value.wordsPerMinute === 'number' && value.wordsPerMinute > 0;
}

function checkPlan(value: unknown): Check<PlanChoice> {
  if (value === undefined) return { ok: true, value: EMPTY_CHOICE };
  if (!isRecord(value) || !isStringArray(value.skip) || !isStringArray(value.abridge)) return { ok: false, reason: 'plan is malformed' };
  if (value.rate !== undefined && !checkRate(value.rate)) return { ok: false, reason: 'plan.rate is not a reading rate' };
  const plan: PlanChoice = { skip: value.skip, abridge: value.abridge };
  if (value.rate !== undefined) plan.rate = value.rate as ReadingRate;
  return { ok: true, value: plan };
}

/** Validates stored data (it crossed a process boundary and a disk: trust nothing). */
export function parseRehearsalFile(value: unknown): Check<RehearsalFile> {
  if (!isRecord(value)) return { ok: false, reason: 'the data is not an object' };
  if (value.format !== REHEARSAL_FORMAT) return { ok: false, reason: `format is ${JSON.stringify(value.format)}, expected "${REHEARSAL_FORMAT}"` };
  if (value.version !== REHEARSAL_VERSION) return { ok: false, reason: `version ${JSON.stringify(value.version)} is not supported (this app reads ${REHEARSAL_VERSION})` };
  const report = value.report;
  if (!isRecord(report) || typeof report.title !== 'string' || typeof report.source !== 'string') return { ok: false, reason: 'report is malformed' };
  if (!Array.isArray(value.runs)) return { ok: false, reason: 'runs is not a list' };
  const runs: RehearsalRun[] = [];
  for (const [index, raw] of value.runs.entries()) {
    const run = checkRun(raw, `runs[${index}]`);
    if (!run.ok) return run;
    runs.push(run.value);
  }
  const plan = checkPlan(value.plan);
  if (!plan.ok) return plan;
  const file: RehearsalFile = emptyRehearsalFile({ title: report.title, source: report.source });
  file.runs = runs;
  file.plan = plan.value;
  if (value.inProgress !== undefined) {
    const inProgress = checkRun(value.inProgress, 'inProgress');
    if (!inProgress.ok) return inProgress;
    file.inProgress = inProgress.value;
  }
  return { ok: true, value: file };
}

/** Where unreadable data goes: beside the key, stamped, never overwritten by the next save. */
export function backupKey(key: string, now: Date): string {
  return `${key}-bak${now.getTime()}`;
}

export interface StoreProblem {
  /** What was wrong, in the store's own words. */
  reason: string;
  /** Where the unreadable data was kept, when it could be kept. */
  backupKey?: string;
}

export interface RehearsalLoad {
  file: RehearsalFile;
  problem?: StoreProblem;
}

export type RehearsalHost = Pick<Host, 'loadRehearsals' | 'saveRehearsals'>;

/**
 * One report's rehearsal data over a Host. Writes are queued so two quick slide changes
 * can never land out of order; a failed write is reported to `onSaveError` and does not
 * block the next one.
 */
export class RehearsalRepository {
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly host: RehearsalHost,
    readonly key: string,
    private readonly report: { title: string; source: string },
    private readonly onSaveError: (error: unknown) => void = () => {},
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** What is stored; `saved` is the copy another view announced it wrote (taken when readable). */
  async load(saved?: unknown): Promise<RehearsalLoad> {
    const announced = saved === undefined ? undefined : parseRehearsalFile(saved);
    if (announced?.ok) return { file: announced.value };
    let raw: unknown;
    try {
      raw = await this.host.loadRehearsals(this.key);
    } catch (error) {
      // The host keeps unreadable files aside itself (Electron's store renames them .bak).
      return { file: emptyRehearsalFile(this.report), problem: { reason: error instanceof Error ? error.message : String(error) } };
    }
    if (raw === undefined || raw === null) return { file: emptyRehearsalFile(this.report) };
    const parsed = parseRehearsalFile(raw);
    if (parsed.ok) return { file: parsed.value };
    const aside = backupKey(this.key, this.now());
    try {
      await this.host.saveRehearsals(aside, raw);
      return { file: emptyRehearsalFile(this.report), problem: { reason: parsed.reason, backupKey: aside } };
    } catch {
      return { file: emptyRehearsalFile(this.report), problem: { reason: parsed.reason } };
    }
  }

  /**
   * Read, change, write, in turn with every other save of this repository. Several views
   * write the same report's data (the presenter keeps runs, the report page sets the
   * plan): each change applies to what is stored now, so none undoes another's.
   */
  update(change: (file: RehearsalFile) => RehearsalFile): Promise<RehearsalFile> {
    const next = this.queue.then(async () => {
      const updated = change(await this.latest());
      await this.host.saveRehearsals(this.key, structuredClone(updated));
      return updated;
    });
    this.queue = next.then(() => undefined, (error: unknown) => this.onSaveError(error));
    return next;
  }

  /** What is stored now; unreadable data was already kept aside by load(), so it counts as empty. */
  private async latest(): Promise<RehearsalFile> {
    try {
      const raw = await this.host.loadRehearsals(this.key);
      const parsed = raw === undefined || raw === null ? undefined : parseRehearsalFile(raw);
      return parsed?.ok ? parsed.value : emptyRehearsalFile(this.report);
    } catch {
      return emptyRehearsalFile(this.report);
    }
  }
}
