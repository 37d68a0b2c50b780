/**
 * The slide's text (its notes: the report as read aloud), one sentence per span. A person
 * picks a point by clicking a sentence or by selecting a span of it (mouse, or Shift+arrows
 * from a focused sentence), and splits the slide before any sentence with the ✂ beside it.
 * Offsets are into the slide's notes, so the edit module gets positions, not copied text.
 */
import { sentenceSpans } from '../../slides/core/edit/index.ts';
import { tr } from '../i18n/index.ts';

export interface PickerEvents {
  /** A span of the notes (a whole sentence when clicked) to become a point. */
  pick(start: number, end: number): void;
  /** Split the slide so that a new slide starts with sentence `index` (≥ 1) of sentenceSpans. */
  split(index: number): void;
}

export class TextPicker {
  private notes = '';
  private used: readonly string[] = [];

  constructor(private readonly box: HTMLElement, private readonly bar: HTMLElement, private readonly events: PickerEvents) {
    box.addEventListener('mouseup', () => window.setTimeout(() => this.showBar(), 0));
    box.addEventListener('keyup', (event) => { if (event.shiftKey) this.showBar(); });
    box.addEventListener('keydown', (event) => this.onKey(event));
    bar.querySelector('button')?.addEventListener('click', () => this.pickSelection());
    document.addEventListener('selectionchange', () => { if (!this.selectedRange()) bar.hidden = true; });
  }

  show(notes: string, points: readonly string[]): void {
    const same = notes === this.notes && points.join('\n') === this.used.join('\n') && this.box.childElementCount > 0;
    this.notes = notes;
    this.used = points;
    if (same) return;
    const focused = this.box.querySelector<HTMLElement>('.ed-sentence:focus')?.dataset['start'];
    const parts: Node[] = [];
    const spans = sentenceSpans(notes);
    let at = 0;
    spans.forEach((span, index) => {
      // What lies between sentences (spaces, line breaks) is kept: a line break starts a paragraph.
      const gap = notes.slice(at, span.start);
      at = span.end;
      if (gap.includes('\n')) parts.push(document.createElement('br'));
      else if (gap) parts.push(document.createTextNode(gap));
      const sentence = document.createElement('span');
      sentence.className = 'ed-sentence';
      sentence.tabIndex = index === 0 ? 0 : -1;
      sentence.dataset['start'] = String(span.start);
      sentence.dataset['end'] = String(span.end);
      sentence.dataset['index'] = String(index);
      sentence.setAttribute('role', 'listitem');
      if (points.some((p) => isFrom(p, span.text))) sentence.classList.add('used');
      sentence.title = tr('editor.sentence.title');
      sentence.textContent = span.text;
      sentence.addEventListener('click', (event) => {
        // A drag that selected part of the text is a span pick (the bar offers it), not a click.
        if (this.selectedRange()) return;
        event.preventDefault();
        this.events.pick(span.start, span.end);
      });
      if (index > 0) {
        const cut = document.createElement('button');
        cut.type = 'button';
        cut.className = 'ed-split';
        cut.textContent = '✂';
        cut.title = tr('editor.split.title');
        cut.setAttribute('aria-label', tr('editor.split.title'));
        cut.tabIndex = -1;
        cut.addEventListener('click', () => this.events.split(index));
        parts.push(cut);
      }
      parts.push(sentence);
    });
    this.box.replaceChildren(...parts);
    this.bar.hidden = true;
    if (focused !== undefined) this.box.querySelector<HTMLElement>(`.ed-sentence[data-start="${focused}"]`)?.focus();
  }

  /** The selected span of the notes, as offsets, when a non-empty selection lies within the text. */
  selectedRange(): { start: number; end: number } | null {
    const selection = document.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
    const range = selection.getRangeAt(0);
    const start = this.offsetOf(range.startContainer, range.startOffset);
    const end = this.offsetOf(range.endContainer, range.endOffset);
    if (start === null || end === null || end <= start) return null;
    return this.notes.slice(start, end).trim() === '' ? null : { start, end };
  }

  private offsetOf(node: Node, offset: number): number | null {
    const sentence = (node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element))?.closest<HTMLElement>('.ed-sentence');
    if (!sentence || !this.box.contains(sentence)) return null;
    const base = Number(sentence.dataset['start']);
    return node.nodeType === Node.TEXT_NODE ? base + offset : offset === 0 ? base : Number(sentence.dataset['end']);
  }

  private showBar(): void {
    const range = this.selectedRange();
    this.bar.hidden = range === null;
  }

  private pickSelection(): void {
    const range = this.selectedRange();
    if (!range) return;
    document.getSelection()?.removeAllRanges();
    this.bar.hidden = true;
    this.events.pick(range.start, range.end);
  }

  /**
   * Keyboard: ↑/↓ (or ←/→) move between sentences, Enter picks the focused sentence (or the
   * selected span), Shift+←/→ select a span character by character (Ctrl: by word),
   * Ctrl+Enter splits the slide before the focused sentence.
   */
  private onKey(event: KeyboardEvent): void {
    const sentence = (event.target as HTMLElement).closest<HTMLElement>('.ed-sentence');
    if (!sentence) return;
    const selection = document.getSelection();
    if (event.shiftKey && (event.key === 'ArrowRight' || event.key === 'ArrowLeft') && selection) {
      event.preventDefault();
      if (selection.isCollapsed || !this.box.contains(selection.anchorNode)) {
        const text = sentence.firstChild;
        if (text) selection.collapse(text, event.key === 'ArrowRight' ? 0 : text.textContent?.length ?? 0);
      }
      selection.modify('extend', event.key === 'ArrowRight' ? 'forward' : 'backward', event.ctrlKey ? 'word' : 'character');
      return;
    }
    const sentences = Array.from(this.box.querySelectorAll<HTMLElement>('.ed-sentence'));
    const at = sentences.indexOf(sentence);
    if (!event.shiftKey && !event.altKey && ['ArrowDown', 'ArrowRight', 'ArrowUp', 'ArrowLeft'].includes(event.key)) {
      event.preventDefault();
      const next = sentences[at + (event.key === 'ArrowDown' || event.key === 'ArrowRight' ? 1 : -1)];
      if (next) this.focusSentence(next);
      return;
    }
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      if (at > 0) this.events.split(at);
      return;
    }
    if (event.key === 'Enter') {
      event.preventDefault();
      if (this.selectedRange()) this.pickSelection();
      else this.events.pick(Number(sentence.dataset['start']), Number(sentence.dataset['end']));
      return;
    }
    if (event.key === 'Escape') {
      selection?.removeAllRanges();
      this.bar.hidden = true;
    }
  }

  private focusSentence(sentence: HTMLElement): void {
    for (const other of Array.from(this.box.querySelectorAll<HTMLElement>('.ed-sentence'))) other.tabIndex = -1;
    sentence.tabIndex = 0;
    sentence.focus();
    document.getSelection()?.removeAllRanges();
  }
}

/** Whether a point was taken from this sentence (ignoring its ellipsis and end punctuation). */
function isFrom(point: string, sentence: string): boolean {
  const core = point.replace(/…$/, '').trim();
  return core.length > 0 && sentence.includes(core);
}
