/**
 * A deck's aids as the views use them: the review loaded from the store, the core's
 * finder (loaded on first use, so the dictionary never delays the first screen), and
 * drawing into text already on the page. Aids are computed from the text an element
 * shows, so the presenter's notes, the teleprompter (with abridged slides) and the
 * reading copy each get the aids of exactly what they show.
 */
import type { DeckModel } from '../../slides/core/model.ts';
import type { Aid, AidsReview, PronounceEntry } from '../../slides/core/aids/model.ts';
import { AidsStore, aidsSettingKey, type AidsHost } from './store.ts';
import { drawAids, plainText } from './decorate.ts';
import type * as AidsModule from '../../slides/core/aids/index.ts';

/** Letters of pinyin, so a reading typed later in the review finds its glyphs too. */
const PINYIN_LETTERS = 'abcdefghijklmnopqrstuvwxyzāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêńňǹḿ ';

type AidsCore = typeof AidsModule;
let core: Promise<AidsCore> | undefined;

/** The core's aids module, with the pinyin dictionary: one load per page. */
export function loadAidsCore(): Promise<AidsCore> {
  core ??= import('../../slides/core/aids/index.ts');
  return core;
}

export class DeckAids {
  private words: PronounceEntry[];
  private reloads = 0;

  private constructor(
    private readonly aids: AidsCore,
    readonly deck: DeckModel,
    readonly store: AidsStore,
    private current: AidsReview,
    /** What was wrong with the stored review when it was loaded. */
    readonly problem: string | undefined,
  ) {
    this.words = aids.deckWords(deck, current);
  }

  static async open(host: AidsHost, deck: DeckModel): Promise<DeckAids> {
    const store = new AidsStore(host, aidsSettingKey(deck));
    const [aids, loaded] = await Promise.all([loadAidsCore(), store.load()]);
    return new DeckAids(aids, deck, store, loaded.review, loaded.problem);
  }

  review(): AidsReview {
    return this.current;
  }

  /** Every aid of the deck's notes (the review list). */
  all(): Aid[] {
    return this.aids.deckAids(this.deck, this.current);
  }

  /** Every character the readings use (for loading their glyphs), the tone-marked vowels included. */
  readingsText(): string {
    return `${PINYIN_LETTERS}${[...new Set(this.all().map((aid) => aid.reading).join(''))].join('')}`;
  }

  /** The aids of `text` as shown for slide `slideId`, review applied. */
  of(slideId: string, text: string): Aid[] {
    return this.aids.reviewAids(slideId, this.aids.textAids(text, this.deck.meta.lang, this.words), this.current);
  }

  /** Draws the aids of the text `element` shows (call on plain text: clearAids first when redrawing). */
  draw(element: HTMLElement, slideId: string): number {
    return drawAids(element, this.of(slideId, plainText(element)));
  }

  /** Changes the review, saves it and tells the other views. Resolves when saved. */
  async change(update: (review: AidsReview) => AidsReview): Promise<void> {
    this.current = update(this.current);
    this.words = this.aids.deckWords(this.deck, this.current);
    await this.store.save(this.current);
  }

  /** Another view changed the review: take the copy it sent, or read the store again. */
  async reload(saved?: AidsReview): Promise<void> {
    // Reloads overlap when changes come fast; only the latest may stand.
    const mine = ++this.reloads;
    const review = saved ?? (await this.store.load()).review;
    if (mine !== this.reloads) return;
    this.current = review;
    this.words = this.aids.deckWords(this.deck, this.current);
  }
}
