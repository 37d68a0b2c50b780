/**
 * What every fuzz case must satisfy, in one place for the core and the Node-side fuzz tests:
 * it ends within a bound (a hang detector for catastrophic regular expressions and quadratic
 * loops, not a speed target: speed is `npm run bench`'s job), it fails only with the compiler's
 * own DeckError, and the deck it gives keeps the invariants (the notes are the report, every word
 * on a slide comes from it) as checked by the compiler's own invariant checker.
 */
import { performance } from 'node:perf_hooks';
import type fc from 'fast-check';
import { compileDeck, DeckError, type CompileOptions, type DeckModel, type SourceText } from '../../slides/core/index.ts';
import { invariantViolations } from '../../slides/core/invariants.ts';

/** A generated document of ordinary size: anything longer than this is a hang. */
export const CASE_BOUND_MS = Number(process.env['PODIUM_FUZZ_BOUND_MS'] ?? 2_000);
/** A giant document (1 MB line, 100,000 markers): linear work on it takes a while on a busy 2-core machine. */
export const GIANT_BOUND_MS = Number(process.env['PODIUM_FUZZ_GIANT_BOUND_MS'] ?? 15_000);

/** Fixed seed per run unless PODIUM_FUZZ_SEED is set, so a CI failure can be replayed; the seed is printed on failure. */
export const FUZZ_SEED = process.env['PODIUM_FUZZ_SEED'] ? Number(process.env['PODIUM_FUZZ_SEED']) : Date.now() % 2_147_483_647;

export class FuzzFailure extends Error {
  override name = 'FuzzFailure';
}

function preview(text: string): string {
  const shown = text.length > 160 ? `${text.slice(0, 120)}…(${text.length} chars)…${text.slice(-30)}` : text;
  return JSON.stringify(shown);
}

/** Runs `work` and fails when it took longer than `boundMs` or threw anything but a DeckError. */
export async function bounded<T>(label: string, input: string, boundMs: number, work: () => T | Promise<T>): Promise<T | DeckError> {
  const start = performance.now();
  let result: T | DeckError;
  try {
    result = await work();
  } catch (error) {
    if (!(error instanceof DeckError)) {
      const detail = error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error);
      throw new FuzzFailure(`${label}: threw something other than a DeckError on ${preview(input)}: ${detail}`);
    }
    result = error;
  }
  const took = performance.now() - start;
  if (took > boundMs) throw new FuzzFailure(`${label}: took ${took.toFixed(0)} ms (bound ${boundMs} ms) on ${preview(input)}`);
  return result;
}

export interface CompileCheck {
  /** The plain report text the notes must give back (markup removed); undefined skips that check. */
  report?: string;
  options?: CompileOptions;
  boundMs?: number;
}

/**
 * Compiles `source` under the hang bound; a deck must keep the invariants against `check.report`.
 * Returns the deck, or the DeckError it failed with.
 */
export async function compileChecked(source: SourceText, check: CompileCheck = {}): Promise<DeckModel | DeckError> {
  const outcome = await bounded(`compileDeck(${source.name})`, source.text, check.boundMs ?? CASE_BOUND_MS, () => compileDeck(source, check.options));
  if (outcome instanceof DeckError) return outcome;
  if (outcome.slides.length === 0) throw new FuzzFailure(`compileDeck(${source.name}) gave a deck without slides for ${preview(source.text)}`);
  if (check.report !== undefined) {
    // The checker's "no automatic slide over 90 s" rule is a plan-quality target (held on realistic
    // text by the compiler's own property tests); text with no sentence end for pages, or mojibake,
    // cannot always meet it. The rules that must never break are checked here.
    const problems = invariantViolations(outcome, check.report, { maxSlideSeconds: Number.POSITIVE_INFINITY });
    if (problems.length > 0) throw new FuzzFailure(`compileDeck(${source.name}) broke the invariants on ${preview(source.text)}:\n  ${problems.slice(0, 5).join('\n  ')}`);
  }
  return outcome;
}

/** fast-check settings shared by the fuzz tests: the run's seed, the whole counterexample in the report. */
export function fuzzParameters(numRuns: number): fc.Parameters<unknown> {
  return { numRuns, seed: FUZZ_SEED, endOnFailure: true, verbose: 0 };
}
