import { describe, expect, it } from 'vitest';
import { CSV_BOM, runsToCsv } from './csv.ts';
import { EMPTY_CHOICE, resolvePlan } from './plan.ts';
import { charSeconds, fixtureDeck } from './deck-fixture.test-support.ts';
import type { RehearsalRun } from './run.ts';

const headings = { run: '次', startedAt: '开始', slideNumber: '页', slideId: 'ID', section: '部分', title: '标题', plannedSeconds: '计划秒', actualSeconds: '实际秒' };

/** Minimal RFC 4180 reader, enough to check the writer round-trips. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i += 1; }
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(cell); cell = ''; }
    else if (ch === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i += 1; }
    else cell += ch;
  }
  return rows;
}

describe('runs as CSV', () => {
  const deck = fixtureDeck();
  const plan = resolvePlan(deck, EMPTY_CHOICE, charSeconds);
  const runs: RehearsalRun[] = [
    { id: 'r1', startedAt: '2026-11-27T08:00:00.000Z', slideMs: { t: 9_940, a: 61_260 }, pausedMs: 0 },
    { id: 'r2', startedAt: '2026-11-27T09:00:00.000Z', slideMs: { b: 100_000 }, pausedMs: 5_000 },
  ];

  it('starts with a UTF-8 byte-order mark and ends lines with CRLF', () => {
    const csv = runsToCsv(deck, plan, runs, headings);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(csv.split('\r\n')).toHaveLength(1 + 2 * deck.slides.length + 1);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\n/);
  });

  it('has one row per run and slide with planned and actual seconds', () => {
    const rows = parseCsv(runsToCsv(deck, plan, runs, headings).slice(1));
    expect(rows[0]).toEqual(['次', '开始', '页', 'ID', '部分', '标题', '计划秒', '实际秒']);
    expect(rows[1]).toEqual(['1', '2026-11-27T08:00:00.000Z', '1', 't', '', 't', '10', '9.9']);
    expect(rows[3]).toEqual(['1', '2026-11-27T08:00:00.000Z', '3', 'a', '一、过去五年的工作回顾', 'a', '60', '61.3']);
    expect(rows[4]?.[7]).toBe(''); // b not read in run 1
    expect(rows[deck.slides.length + 4]?.slice(3)).toEqual(['b', '一、过去五年的工作回顾', 'b', '120', '100.0']);
  });

  it('quotes commas, quotes and line breaks, and defuses formula-like text', () => {
    const tricky = fixtureDeck();
    tricky.slides[2] = { ...tricky.slides[2]!, title: '打造“实力”, 又称 "A"\n第二行' };
    tricky.slides[3] = { ...tricky.slides[3]!, title: '=HYPERLINK("http://x")' };
    const rows = parseCsv(runsToCsv(tricky, plan, runs, headings).slice(1));
    expect(rows[3]?.[5]).toBe('打造“实力”, 又称 "A"\n第二行');
    expect(rows[4]?.[5]).toBe('\'=HYPERLINK("http://x")');
  });
});
