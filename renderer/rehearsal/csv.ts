/**
 * CSV export of rehearsal runs: one row per run and slide, in deck order. UTF-8 with a
 * byte-order mark and CRLF line ends, which is what Excel and WPS need to open Chinese
 * text correctly by double-click. Fields are quoted per RFC 4180.
 */
import type { DeckModel } from '../../slides/core/model.ts';
import type { PlanOverlay } from './plan.ts';
import type { RehearsalRun } from './run.ts';

export const CSV_BOM = '\uFEFF';

export interface CsvHeadings {
  run: string;
  startedAt: string;
  slideNumber: string;
  slideId: string;
  section: string;
  title: string;
  plannedSeconds: string;
  actualSeconds: string;
}

/**
 * A cell starting with = + - @ (or a tab/CR) is run as a formula by spreadsheet apps:
 * report text must never become one, so such text cells get a leading apostrophe.
 */
function textCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

function row(cells: readonly string[]): string {
  return cells.map(quote).join(',');
}

function seconds(ms: number): string {
  return (Math.round(ms / 100) / 10).toFixed(1);
}

export function runsToCsv(deck: DeckModel, plan: PlanOverlay, runs: readonly RehearsalRun[], headings: CsvHeadings): string {
  const sectionName = new Map(deck.sections.map((section) => [section.id, `${section.label}${section.title}`]));
  const lines = [
    row([headings.run, headings.startedAt, headings.slideNumber, headings.slideId, headings.section, headings.title, headings.plannedSeconds, headings.actualSeconds]),
  ];
  runs.forEach((run, runIndex) => {
    deck.slides.forEach((slide, slideIndex) => {
      const ms = run.slideMs[slide.id];
      lines.push(
        row([
          String(runIndex + 1),
          run.startedAt,
          String(slideIndex + 1),
          slide.id,
          textCell(slide.sectionId ? (sectionName.get(slide.sectionId) ?? '') : ''),
          textCell(slide.title),
          String(plan.slides[slide.id]?.seconds ?? slide.seconds),
          ms === undefined ? '' : seconds(ms),
        ]),
      );
    });
  });
  return CSV_BOM + lines.join('\r\n') + '\r\n';
}
