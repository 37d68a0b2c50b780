/**
 * The review of a deck's speaker aids (朗读提示审校), in a drawer of the presenter: the
 * deck's pronunciation table (front matter entries shown, the staff's own editable) and
 * every aid — slide, text, reading, why — to check, correct (type another reading) or
 * dismiss. Every change is saved per deck at once and redraws the aids in every view.
 */
import type { Aid, PronounceEntry } from '../../slides/core/aids/model.ts';
import { entryProblem } from '../../slides/core/aids/entry.ts';
import { correctAid, dismissAid, resetDecisions, setPronounce } from '../../slides/core/aids/review.ts';
import type { MessageKey } from '../../slides/core/messages/catalogue.ts';
import { tr } from '../i18n/index.ts';
import type { NotesAids } from './notes-aids.ts';

const WHY: Record<Aid['source'], MessageKey> = {
  rare: 'aids.why.rare',
  tricky: 'aids.why.tricky',
  deck: 'aids.why.deck',
  figure: 'aids.why.figure',
};

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

function button(label: string, className: string, onClick: () => void): HTMLButtonElement {
  const b = el('button', className, label);
  b.type = 'button';
  b.addEventListener('click', onClick);
  return b;
}

function input(value: string, className: string, placeholder: string): HTMLInputElement {
  const i = el('input', className);
  i.type = 'text';
  i.value = value;
  i.placeholder = placeholder;
  i.spellcheck = false;
  i.autocomplete = 'off';
  return i;
}

export interface ReviewCallbacks {
  /** Go to the slide of an aid in the list. */
  goto(slideId: string): void;
  /** Tell the user something went wrong (a save that failed, an entry that is not valid). */
  notice(message: string): void;
}

export class AidsReviewPanel {
  constructor(
    private readonly drawer: HTMLElement,
    private readonly notes: NotesAids,
    private readonly callbacks: ReviewCallbacks,
  ) {
    notes.onChange(() => {
      if (!drawer.hidden) this.render();
    });
  }

  toggle(open = this.drawer.hidden): void {
    this.drawer.hidden = !open;
    if (open) this.render();
  }

  private save(update: Parameters<NonNullable<ReturnType<NotesAids['deckAids']>>['change']>[0]): void {
    const aids = this.notes.deckAids();
    if (!aids) return;
    const saved = aids.change(update);
    // The review changed in memory at once: redraw now, do not wait for the disk.
    this.notes.changed();
    saved.catch((error: unknown) => this.callbacks.notice(tr('aids.saveFailed', { reason: error instanceof Error ? error.message : String(error) })));
  }

  render(): void {
    const aids = this.notes.deckAids();
    const body = this.drawer.querySelector<HTMLElement>('.aids-body') ?? this.drawer;
    if (!aids) {
      body.replaceChildren(el('p', 'aids-empty', tr('aids.loading')));
      return;
    }
    const list = aids.all();
    const review = aids.review();
    const head = this.drawer.querySelector<HTMLElement>('.aids-count');
    if (head) head.textContent = tr('aids.count', { n: list.length });
    body.replaceChildren(this.pronounceTable(aids.deck.meta.pronounce ?? [], review.pronounce), this.aidList(list, aids.deck.slides.map((s) => s.id)));
    if (review.dismissed.length > 0 || Object.keys(review.corrections).length > 0) {
      body.append(button(tr('aids.reset', { n: review.dismissed.length + Object.keys(review.corrections).length }), 'aids-reset', () => this.save(resetDecisions)));
    }
  }

  private pronounceTable(fromFile: readonly PronounceEntry[], own: readonly PronounceEntry[]): HTMLElement {
    const section = el('section', 'aids-pronounce');
    section.append(el('h3', '', tr('aids.pronounce.head')), el('p', 'aids-hint', tr('aids.pronounce.hint')));
    const table = el('table', 'aids-table');
    const rows: HTMLElement[] = fromFile.map((entry) => {
      const tr_ = el('tr', 'aids-from-file');
      tr_.append(el('td', '', entry.word), el('td', '', entry.reading || '—'), el('td', 'aids-note', tr('aids.pronounce.fromFile')));
      return tr_;
    });
    const entries = own.map((entry) => ({ ...entry }));
    const commit = (): void => this.save((review) => setPronounce(review, entries));
    entries.forEach((entry, index) => {
      const row = el('tr', 'aids-own');
      row.dataset['word'] = entry.word;
      const word = input(entry.word, 'aids-word', tr('aids.pronounce.word'));
      const reading = input(entry.reading, 'aids-reading', tr('aids.pronounce.reading'));
      const changed = (): void => {
        const problem = entryProblem(word.value, reading.value);
        if (problem) return this.callbacks.notice(tr('aids.invalid', { problem: tr(problem.key, problem.values) }));
        entries[index] = { word: word.value.trim(), reading: reading.value.trim() };
        commit();
      };
      word.addEventListener('change', changed);
      reading.addEventListener('change', changed);
      const cells = [el('td'), el('td'), el('td')];
      cells[0]!.append(word);
      cells[1]!.append(reading);
      cells[2]!.append(button(tr('aids.pronounce.remove'), 'aids-remove', () => {
        entries.splice(index, 1);
        commit();
      }));
      row.append(...cells);
      rows.push(row);
    });
    const addRow = el('tr', 'aids-add');
    const word = input('', 'aids-word', tr('aids.pronounce.word'));
    const reading = input('', 'aids-reading', tr('aids.pronounce.reading'));
    const add = (): void => {
      const problem = entryProblem(word.value, reading.value);
      if (problem) return this.callbacks.notice(tr('aids.invalid', { problem: tr(problem.key, problem.values) }));
      entries.push({ word: word.value.trim(), reading: reading.value.trim() });
      commit();
    };
    reading.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') add();
    });
    const cells = [el('td'), el('td'), el('td')];
    cells[0]!.append(word);
    cells[1]!.append(reading);
    cells[2]!.append(button(tr('aids.pronounce.add'), 'aids-add-button', add));
    addRow.append(...cells);
    table.append(...rows, addRow);
    section.append(table);
    return section;
  }

  private aidList(list: readonly Aid[], order: readonly string[]): HTMLElement {
    const section = el('section', 'aids-list');
    section.append(el('h3', '', tr('aids.list.head')));
    if (list.length === 0) {
      section.append(el('p', 'aids-empty', tr('aids.none')));
      return section;
    }
    const table = el('table', 'aids-table');
    const header = el('tr');
    for (const key of ['aids.col.slide', 'aids.col.text', 'aids.col.reading', 'aids.col.why'] as const) header.append(el('th', '', tr(key)));
    header.append(el('th'));
    table.append(header);
    const number = new Map(order.map((id, index) => [id, index + 1]));
    const seen = new Set<string>();
    for (const aid of list) {
      // One row per slide and text: a correction or dismissal applies to all its occurrences on the slide.
      const key = `${aid.slide}\u0000${aid.text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const row = el('tr', `aids-row aids-${aid.kind}`);
      row.dataset['slideId'] = aid.slide;
      row.dataset['text'] = aid.text;
      const slide = el('td');
      slide.append(button(String(number.get(aid.slide) ?? ''), 'aids-goto', () => this.callbacks.goto(aid.slide)));
      const reading = input(aid.reading, 'aids-reading', '');
      if (aid.corrected) reading.classList.add('corrected');
      reading.addEventListener('change', () => this.save((review) => correctAid(review, aid, reading.value)));
      const readingCell = el('td');
      readingCell.append(reading);
      const action = el('td');
      action.append(button(tr('aids.dismiss'), 'aids-dismiss', () => this.save((review) => dismissAid(review, aid))));
      row.append(slide, el('td', 'aids-text', aid.text), readingCell, el('td', 'aids-why', tr(WHY[aid.source])), action);
      table.append(row);
    }
    section.append(table);
    return section;
  }
}
