/**
 * What proofreading (校对) reports: the kinds of finding, their shape, and the shape of a slide
 * checked line by line (for the printable sheet and the app's list). Pure data, JSON-serialisable.
 */
import type { MessageRef } from '../messages/catalogue.ts';
import type { ProofPiece } from './locate.ts';

/**
 * not-in-report — words on the slide that are not in the report (typed, or words left out of a passage)
 * cut-phrase    — a title or point cut inside a quotation or fixed formulation, or leaving a dangling fragment
 * figure        — a figure that differs from the report's
 * heading       — a section or heading slide whose title differs from the heading it stands for
 */
export type ProofKind = 'not-in-report' | 'cut-phrase' | 'figure' | 'heading';
export const PROOF_KINDS: readonly ProofKind[] = ['not-in-report', 'cut-phrase', 'figure', 'heading'];

/** Which words of the slide: its title, subtitle, line above the title, a point, a line of a hand-written body, a table cell. */
export type ProofField = 'title' | 'subtitle' | 'overline' | 'point' | 'body' | 'cell';

export interface ProofFinding {
  /** The slide's id. */
  slide: string;
  kind: ProofKind;
  /** The words on the slide at fault (the whole line when the fault is where it stops). */
  text: string;
  /** What is wrong and what the report has, to be said in the reader's language. */
  detail: MessageRef;
  field: ProofField;
  /** Which point, cell or body line (0-based) when the field has several. */
  index?: number;
}

/** A line of a slide (its title, a point, …) against the report. */
export interface ProofLine {
  field: ProofField;
  index?: number;
  /** The line as the slide shows it. */
  shown: string;
  /**
   * The line against the report's words: 'same' (in the report), 'added' (on the slide only),
   * 'removed' (the report's words left out between them). All 'same' for a line taken verbatim.
   */
  pieces: ProofPiece[];
  /** Where the words come from: the slide (index in the deck) whose notes hold them, and offsets in those notes. */
  source?: { slide: number; start: number; end: number };
  /** The line ends in an ellipsis that shortens the report's words. */
  shortened: boolean;
}

export interface SlideProof {
  /** The slide's id and 1-based number in the deck. */
  id: string;
  number: number;
  lines: ProofLine[];
  findings: ProofFinding[];
}

export interface DeckProof {
  slides: SlideProof[];
  /** Every finding, slide by slide. */
  findings: ProofFinding[];
}

/** Which words of the slide, as a message: 标题, 要点 2, 表格第 3 格 … */
export function fieldMessage(field: ProofField, index?: number): MessageRef {
  return { key: `proof.field.${field}`, values: { n: (index ?? 0) + 1 } };
}
