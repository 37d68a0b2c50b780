/**
 * A rehearsal in the app: start, follow slide changes and pauses, keep or abandon.
 * The run in progress is saved after every slide change, so killing the app loses at
 * most the slide on screen; on the next start the saved part comes back as a
 * recovered run the speaker can keep or discard. No DOM: the presenter wires it up.
 */
import { finishRun, isEmptyRun, pause, recoverRun, resume, showSlide, startRun, type ActiveRun, type RehearsalRun } from './run.ts';
import type { PlanChoice } from './plan.ts';
import type { RehearsalFile, RehearsalRepository, StoreProblem } from './store.ts';

export interface SessionClock {
  /** Monotonic milliseconds (performance.now in the page). */
  now(): number;
  /** Wall-clock date, for run start/end stamps. */
  date(): Date;
}

export const pageClock: SessionClock = { now: () => performance.now(), date: () => new Date() };

/** Keep this many runs per report: the report shows the last few, the CSV all of them. */
export const MAX_KEPT_RUNS = 50;

export class RehearsalSession {
  private active: ActiveRun | undefined;
  private listeners = new Set<() => void>();

  private constructor(
    private readonly repository: RehearsalRepository,
    private file: RehearsalFile,
    private readonly clock: SessionClock,
    /** Set when the store could not be read at start (reported once to the user). */
    readonly problem: StoreProblem | undefined,
  ) {}

  static async open(repository: RehearsalRepository, clock: SessionClock = pageClock): Promise<RehearsalSession> {
    const { file, problem } = await repository.load();
    return new RehearsalSession(repository, file, clock, problem);
  }

  get data(): Readonly<RehearsalFile> {
    return this.file;
  }

  get runs(): readonly RehearsalRun[] {
    return this.file.runs;
  }

  get recording(): boolean {
    return this.active !== undefined;
  }

  get paused(): boolean {
    return this.active?.pausedSince !== undefined;
  }

  /** A run cut short by a crash, waiting for the speaker to keep or discard it. */
  get interrupted(): RehearsalRun | undefined {
    return this.active ? undefined : this.file.inProgress;
  }

  /** The run being recorded, with the slide on screen counted up to now. */
  liveRun(): RehearsalRun | undefined {
    return this.active ? finishRun(this.active, this.clock.now(), this.clock.date()) : undefined;
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }

  /** Applies a change to the stored data (as it is now, whoever else wrote it) and remembers the result. */
  private async update(change: (file: RehearsalFile) => RehearsalFile): Promise<void> {
    this.file = await this.repository.update(change);
    this.changed();
  }

  /** The stored data with the run being recorded as it stands when the write happens. */
  private withActive = (file: RehearsalFile): RehearsalFile => {
    const { inProgress: _previous, ...rest } = file;
    return this.active ? { ...rest, inProgress: this.active.run } : rest;
  };

  async start(slideId: string, paused = false): Promise<void> {
    const at = this.clock.now();
    const id = `run-${this.clock.date().getTime().toString(36)}-${Math.floor(Math.random() * 36 ** 4).toString(36)}`;
    let active = startRun(id, this.clock.date(), at, slideId);
    if (paused) active = pause(active, at);
    const pending = this.interrupted;
    this.active = active;
    this.changed();
    // A crashed run nobody decided on is kept, not overwritten by the new one.
    await this.update((file) => {
      const saved = pending && file.inProgress?.id === pending.id && !isEmptyRun(pending) ? recoverRun(pending) : undefined;
      const rest = this.withActive(file);
      return saved ? { ...rest, runs: [...rest.runs, saved].slice(-MAX_KEPT_RUNS) } : rest;
    });
  }

  /** Follows the presentation's slide. The time is taken now; the save makes the previous slide's time safe. */
  async slideChanged(slideId: string): Promise<void> {
    if (!this.active || this.active.current?.slideId === slideId) return;
    this.active = showSlide(this.active, slideId, this.clock.now());
    this.changed();
    await this.update(this.withActive);
  }

  /** Follows the shared clock's pause (applause, interruptions): paused time is never counted. */
  pausedChanged(paused: boolean): void {
    if (!this.active) return;
    const at = this.clock.now();
    this.active = paused ? pause(this.active, at) : resume(this.active, at);
    this.changed();
  }

  /** Ends the run and keeps it. Returns the kept run, or undefined when nothing was recorded. */
  async keep(): Promise<RehearsalRun | undefined> {
    if (!this.active) return undefined;
    const run = finishRun(this.active, this.clock.now(), this.clock.date());
    this.active = undefined;
    const kept = !isEmptyRun(run);
    await this.update((file) => {
      const rest = this.withActive(file);
      return kept ? { ...rest, runs: [...rest.runs, run].slice(-MAX_KEPT_RUNS) } : rest;
    });
    return kept ? run : undefined;
  }

  async abandon(): Promise<void> {
    this.active = undefined;
    await this.update(this.withActive);
  }

  /** Keeps the part of a crashed run that was saved (every slide but the one on screen). */
  async keepInterrupted(): Promise<void> {
    if (!this.interrupted) return;
    await this.update((file) => {
      const saved = file.inProgress;
      const rest = this.withActive(file);
      return saved && !isEmptyRun(saved) ? { ...rest, runs: [...rest.runs, recoverRun(saved)].slice(-MAX_KEPT_RUNS) } : rest;
    });
  }

  async discardInterrupted(): Promise<void> {
    if (!this.interrupted) return;
    await this.update(this.withActive);
  }

  async setPlan(plan: PlanChoice): Promise<void> {
    await this.update((file) => ({ ...file, plan }));
  }

  /** Another view changed the stored data: show it (the run being recorded stays ours). */
  async reload(saved?: unknown): Promise<void> {
    const { file } = await this.repository.load(saved);
    this.file = this.active ? { ...file, inProgress: this.active.run } : file;
    this.changed();
  }

  async deleteRun(runId: string): Promise<void> {
    await this.update((file) => ({ ...file, runs: file.runs.filter((run) => run.id !== runId) }));
  }
}
