/**
 * The presenter's warning when a show starts while proofreading (校对) still finds something on
 * the slides: said once, as the clock starts, beside the show — never in its way (no dialog, no
 * focus taken, the keys stay the clicker's). It names how many and opens the editor's list.
 */
import type { DeckModel } from '../../slides/core/model.ts';
import { proofFindings } from '../../slides/core/proof/index.ts';
import { tr } from '../i18n/index.ts';

/** How long the warning stays when nobody dismisses it. */
const SHOWN_MS = 20_000;

export class ProofWarning {
  /** Whether the show had started at the last state seen; undefined before the first (a presenter opened mid-show warns of nothing). */
  private wasStarted: boolean | undefined;
  private hideTimer: number | undefined;

  constructor(private readonly box: HTMLElement, private readonly openList: () => void) {
    box.replaceChildren();
    const text = document.createElement('span');
    text.className = 'proof-warning-text';
    const open = document.createElement('button');
    open.type = 'button';
    open.className = 'proof-warning-open';
    open.addEventListener('click', () => {
      this.hide();
      this.openList();
    });
    const dismiss = document.createElement('button');
    dismiss.type = 'button';
    dismiss.className = 'proof-warning-dismiss';
    dismiss.addEventListener('click', () => this.hide());
    // Buttons keep no focus: Space and Enter stay the clicker's.
    for (const button of [open, dismiss]) button.addEventListener('mouseup', () => button.blur());
    box.append(text, open, dismiss);
  }

  /** Every state the presenter shows: warns when the show goes from not started to started. */
  onState(started: boolean, deck: DeckModel | null): void {
    const starting = this.wasStarted === false && started;
    this.wasStarted = started;
    if (!starting || !deck) return;
    // Worked out only now, once a show: a deck that changes during the show costs the presenter nothing.
    const count = proofFindings(deck).length;
    if (count > 0) this.show(count);
  }

  private show(count: number): void {
    this.box.dataset['count'] = String(count);
    this.relabel();
    this.box.hidden = false;
    window.clearTimeout(this.hideTimer);
    this.hideTimer = window.setTimeout(() => this.hide(), SHOWN_MS);
  }

  /** Says it again in the language now chosen. */
  relabel(): void {
    const count = Number(this.box.dataset['count'] ?? '0');
    (this.box.querySelector('.proof-warning-text') as HTMLElement).textContent = tr('proof.warning', { n: count });
    (this.box.querySelector('.proof-warning-open') as HTMLElement).textContent = tr('proof.warning.open');
    (this.box.querySelector('.proof-warning-dismiss') as HTMLElement).textContent = tr('proof.warning.dismiss');
  }

  private hide(): void {
    window.clearTimeout(this.hideTimer);
    this.box.hidden = true;
  }
}
