import type { DeckModel } from '../../slides/core/model.ts';
import type { PrintRequest } from '../../electron/common/print.ts';
import type { PrintLabels } from './labels.ts';
import type { DeckAids } from '../aids/deck-aids.ts';

/** What every layout gets: the deck, the request, the words to print, where to put pages. */
export interface PrintContext {
  deck: DeckModel;
  request: PrintRequest;
  labels: PrintLabels;
  container: HTMLElement;
  /** Speaker aids to draw (the reading copy, unless turned off). */
  aids?: DeckAids;
  /** Layout progress, 0–1. */
  progress(fraction: number): void;
}

/** Slide aspect as width / height. */
export function aspectRatio(deck: DeckModel): number {
  return deck.meta.aspect === '4:3' ? 4 / 3 : 16 / 9;
}
