/**
 * Fuzzing the compiler (outline and plan): thousands of generated reports per run, plain text,
 * Markdown and .docx text, random Unicode, and giant shapes. Each must end within the hang bound,
 * fail only with a DeckError, and, where the notes must give back the text, keep the invariants.
 * Together with slides/node/decode-report.fuzz.test.ts: over 10,000 documents a run.
 * Replay a failure with PODIUM_FUZZ_SEED=<seed printed in the failure>.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileChecked, fuzzParameters, GIANT_BOUND_MS } from '../../test/hardening/fuzz-support.ts';
import { anyUnicode, giantShape, giantText, reportText } from '../../test/hardening/fuzz-documents.ts';
import { compileDeck } from './index.ts';
import { invariantViolations } from './invariants.ts';
import type { SourceFormat } from './model.ts';

const MINUTE = 60_000;

function compileProperty(format: SourceFormat, keepsNotes: boolean) {
  return async (text: string): Promise<void> => {
    await compileChecked({ name: `fuzz.${format}`, format, text }, keepsNotes ? { report: text } : {});
  };
}

describe('fuzzing compileDeck', () => {
  it('plain-text reports (4,000): bounded, DeckError only, the notes are the report', async () => {
    await fc.assert(fc.asyncProperty(reportText, compileProperty('txt', true)), fuzzParameters(4_000));
  }, 4 * MINUTE);

  it('.docx text (500): the same invariants as plain text', async () => {
    await fc.assert(fc.asyncProperty(reportText, compileProperty('docx', true)), fuzzParameters(500));
  }, MINUTE);

  it('Markdown reports and decks, front matter included (2,000): bounded, DeckError only', async () => {
    await fc.assert(fc.asyncProperty(reportText, compileProperty('md', false)), fuzzParameters(2_000));
  }, 3 * MINUTE);

  it('random Unicode (1,500 as text, 500 as Markdown)', async () => {
    await fc.assert(fc.asyncProperty(anyUnicode, compileProperty('txt', true)), fuzzParameters(1_500));
    await fc.assert(fc.asyncProperty(anyUnicode, compileProperty('md', false)), fuzzParameters(500));
  }, 2 * MINUTE);

  it('giant shapes: a 1 MB line, 100,000 markers, 1,000-deep nesting, huge tables, unbalanced openers', async () => {
    await fc.assert(
      fc.asyncProperty(giantShape, fc.constantFrom<SourceFormat>('txt', 'md'), async (giant, format) => {
        const text = giantText(giant);
        await compileChecked({ name: `giant.${format}`, format, text }, { boundMs: GIANT_BOUND_MS, ...(format === 'txt' ? { report: text } : {}) });
      }),
      fuzzParameters(12),
    );
  }, 5 * MINUTE);
});

/** Inputs the fuzzing found that once broke the compiler, kept as fixed cases. */
describe('fuzz regressions', () => {
  it('front matter whose YAML alias refers to itself is a FRONT_MATTER error, not a crash', () => {
    const text = '---\ntarget: &a [*a, *a]\n---\n正文。';
    expect(() => compileDeck({ name: 'self.md', format: 'md', text })).toThrowError(expect.objectContaining({ name: 'DeckError', details: expect.objectContaining({ code: 'FRONT_MATTER', line: 2 }) }));
  });

  it('a title never skips a clause of punctuation alone (甲，：乙 stays 甲，：乙, never 甲，乙)', () => {
    for (const text of ['/，：the 。\n', '甲，：乙。\n']) {
      const deck = compileDeck({ name: 'clauses.txt', format: 'txt', text });
      expect(invariantViolations(deck, text)).toEqual([]);
    }
  });
});
