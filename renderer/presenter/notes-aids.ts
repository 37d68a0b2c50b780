/**
 * Speaker aids over the presenter's notes: a toggle (off until the speaker turns it on,
 * remembered), drawn after the reading cursor has split the text into sentences, redrawn
 * when the staff change the review here or in another window.
 */
import type { Host } from '../../electron/common/contract.ts';
import type { DeckModel, Slide } from '../../slides/core/model.ts';
import type { AidsReview } from '../../slides/core/aids/model.ts';
import { centreAids, clearAids } from '../aids/decorate.ts';
import { DeckAids } from '../aids/deck-aids.ts';
import { aidsSettingKey, onAidsChange } from '../aids/store.ts';
import { loadFontsFor } from '../slides/fonts.ts';
import '../aids/aids.css';

export const NOTES_AIDS_SETTING = 'presenter.aids';

export class NotesAids {
  private enabled = false;
  private aids: DeckAids | undefined;
  private drawn: string | null = null;
  /** The aids drawn for `drawn`: when the notes were rendered again under them, they are gone and must be redrawn. */
  private marks: HTMLElement[] = [];
  /** The first paragraph they were drawn into: another one means the notes panel rendered anew. */
  private drawnInto: Element | null = null;
  private stopListening: (() => void) | undefined;
  private decksSet = 0;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly host: Host,
    private readonly box: HTMLElement,
    private readonly toggle: HTMLInputElement,
    private readonly currentSlide: () => Slide | undefined,
    private readonly onProblem: (message: string) => void,
  ) {
    toggle.addEventListener('change', () => {
      this.enabled = toggle.checked;
      // Arrow keys and Space drive the show again at once, not the checkbox.
      toggle.blur();
      void host.setSetting(NOTES_AIDS_SETTING, this.enabled);
      this.redraw();
    });
  }

  async restore(): Promise<void> {
    const saved = await this.host.getSetting<unknown>(NOTES_AIDS_SETTING).catch(() => undefined);
    this.enabled = saved === true;
    this.toggle.checked = this.enabled;
    document.documentElement.dataset['aids'] = this.enabled ? 'on' : 'off';
  }

  /** The deck's aids, once loaded (the review panel reads and changes them). */
  deckAids(): DeckAids | undefined {
    return this.aids;
  }

  /** Called when the aids or their review changed (to refresh the review list). */
  onChange(listener: () => void): void {
    this.listeners.add(listener);
  }

  async setDeck(deck: DeckModel): Promise<void> {
    this.stopListening?.();
    const mine = ++this.decksSet;
    // Listen before reading, so a change saved while the review loads is not missed.
    const heard: { aids?: DeckAids; whileOpening?: { review: AidsReview | undefined } } = {};
    this.stopListening = onAidsChange(aidsSettingKey(deck), (review) => {
      if (heard.aids) void heard.aids.reload(review).then(() => this.changed());
      else heard.whileOpening = { review };
    });
    const aids = await DeckAids.open(this.host, deck);
    if (heard.whileOpening) await aids.reload(heard.whileOpening.review);
    // A newer deck arrived while this one's aids loaded: that one shows.
    if (mine !== this.decksSet) return;
    heard.aids = aids;
    if (aids.problem) this.onProblem(aids.problem);
    this.aids = aids;
    void loadFontsFor(aids.readingsText());
    this.changed();
  }

  /** The review changed (here or elsewhere): redraw the notes and tell the review list. */
  changed(): void {
    this.redraw();
    for (const listener of this.listeners) listener();
  }

  /** After the notes panel and the reading cursor rendered `slide`: draw its aids once. */
  show(slide: Slide | undefined): void {
    document.documentElement.dataset['aids'] = this.enabled ? 'on' : 'off';
    const key = this.enabled && this.aids && slide ? slide.id : null;
    // Same slide already drawn and still on the page: nothing to do on a key press that did not change slide.
    const unchanged = this.box.firstElementChild === this.drawnInto && this.marks.every((mark) => mark.isConnected);
    if (key !== null && key === this.drawn && unchanged) return;
    clearAids(this.box);
    this.drawn = key;
    this.marks = [];
    this.drawnInto = this.box.firstElementChild;
    if (key === null || !this.aids || !slide) return;
    for (const paragraph of Array.from(this.box.querySelectorAll<HTMLElement>(':scope > p'))) this.aids.draw(paragraph, slide.id);
    this.marks = Array.from(this.box.querySelectorAll<HTMLElement>('span.aid'));
    // In the next frame, with the layout the new slide needs anyway (not in the middle of the key press).
    if (this.marks.length > 0) requestAnimationFrame(() => centreAids(this.box));
  }

  private redraw(): void {
    this.drawn = null;
    this.show(this.currentSlide());
  }
}
