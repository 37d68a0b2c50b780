/**
 * The editor's proofreading list (校对): every finding of slides/core/proof for the deck on show —
 * words not in the report, cut phrases, figures and headings that differ — one click to its slide.
 * Worked out again from each deck the editor shows (after every edit, and after a change made to
 * the file elsewhere), so it never lags the slides; slides with findings are marked in the list.
 */
import type { DeckModel } from '../../slides/core/model.ts';
import { fieldMessage, proofFindings, type ProofFinding } from '../../slides/core/proof/index.ts';
import { say } from '../../slides/core/messages/catalogue.ts';
import { currentLang, tr } from '../i18n/index.ts';

export interface ProofListEvents {
  select(slideId: string): void;
}

export class ProofList {
  private findings: ProofFinding[] = [];
  private deck: DeckModel | null = null;
  /** Opened by itself the first time there is something to check; after that, as the user leaves it. */
  private opened = false;

  constructor(private readonly root: HTMLDetailsElement, private readonly events: ProofListEvents) {
    // The list stays on top of the slide list as it scrolls: a slide scrolled into view stops below it.
    const pane = root.parentElement;
    if (pane) new ResizeObserver(() => { pane.style.scrollPaddingTop = `${root.offsetHeight + 8}px`; }).observe(root);
  }

  /** Proofreads `deck` and shows what it found. */
  setDeck(deck: DeckModel): void {
    this.deck = deck;
    this.findings = proofFindings(deck);
    this.render();
  }

  /** Says it all again (a change of language). */
  render(): void {
    const deck = this.deck;
    if (!deck) return;
    const summary = document.createElement('summary');
    summary.className = 'ed-proof-summary';
    const title = document.createElement('strong');
    title.textContent = tr('proof.list.title');
    const count = document.createElement('span');
    count.className = 'ed-proof-count';
    count.textContent = this.findings.length > 0 ? tr('proof.list.count', { n: this.findings.length }) : tr('proof.list.none');
    summary.append(title, ' ', count);
    const list = document.createElement('ol');
    list.className = 'ed-proof-items';
    const number = new Map(deck.slides.map((slide, index) => [slide.id, index + 1]));
    for (const finding of this.findings) list.append(this.item(finding, number.get(finding.slide) ?? 0));
    this.root.replaceChildren(summary, list);
    this.root.dataset['count'] = String(this.findings.length);
    this.root.classList.toggle('clean', this.findings.length === 0);
    if (this.findings.length > 0 && !this.opened) {
      this.root.open = true;
      this.opened = true;
    }
  }

  /** What proofreading says of one slide, one line a finding (for the selected slide's badge). */
  describe(slideId: string): string[] {
    const lang = currentLang();
    return this.findings.filter((f) => f.slide === slideId).map((f) => `${tr(`proof.kind.${f.kind}`)} · ${say(lang, fieldMessage(f.field, f.index))}: “${f.text}” ${say(lang, f.detail)}`);
  }

  /** Marks the slides with findings in the editor's slide list (its items carry data-slide-id). */
  markSlides(list: HTMLElement): void {
    const counts = new Map<string, number>();
    for (const finding of this.findings) counts.set(finding.slide, (counts.get(finding.slide) ?? 0) + 1);
    for (const item of Array.from(list.querySelectorAll<HTMLElement>('.ed-list-item'))) {
      item.querySelector('.ed-mark-proof')?.remove();
      const n = counts.get(item.dataset['slideId'] ?? '');
      item.classList.toggle('has-findings', n !== undefined);
      if (n === undefined) continue;
      const mark = document.createElement('span');
      mark.className = 'ed-mark ed-mark-proof';
      mark.textContent = tr('proof.list.title');
      mark.title = tr('proof.list.count', { n });
      item.querySelector('.ed-list-meta')?.append(mark);
    }
  }

  private item(finding: ProofFinding, number: number): HTMLElement {
    const lang = currentLang();
    const li = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = `ed-proof-item ed-proof-${finding.kind}`;
    button.dataset['slide'] = finding.slide;
    button.title = tr('proof.list.open');
    const where = document.createElement('span');
    where.className = 'ed-proof-where';
    where.textContent = `${tr('proof.list.slide', { n: number })} · ${tr(`proof.kind.${finding.kind}`)} · ${say(lang, fieldMessage(finding.field, finding.index))}`;
    const what = document.createElement('span');
    what.className = 'ed-proof-what';
    what.textContent = `“${finding.text}” ${say(lang, finding.detail)}`;
    button.append(where, what);
    button.addEventListener('click', () => this.events.select(finding.slide));
    li.append(button);
    return li;
  }
}
