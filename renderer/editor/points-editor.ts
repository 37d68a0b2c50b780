/**
 * The slide's points, edited in place: each is a text field (Enter or leaving it saves),
 * reordered by dragging its handle or with Alt+↑/↓, removed with its ✕ or Alt+Delete; a last
 * empty field adds a point typed by hand. Every change is one edit operation.
 */
import type { EditOp } from '../../slides/core/edit/ops.ts';
import { MAX_POINTS } from '../../slides/core/edit/ops.ts';
import { tr } from '../i18n/index.ts';
import { bindField } from './fields.ts';

export class PointsEditor {
  private slideId = '';
  private points: readonly string[] = [];
  private dragFrom = -1;
  /** Where the focus goes when the deck comes back after a move or removal made from the keyboard. */
  private pendingFocus: number | null = null;

  constructor(private readonly list: HTMLElement, private readonly apply: (op: EditOp) => void) {}

  /** Shows the slide's points, with a row for a new one while it has fewer than `max` (ops.ts maxPoints). */
  show(slideId: string, points: readonly string[], max = MAX_POINTS): void {
    const focus = this.focusedIndex();
    const sameSlide = slideId === this.slideId;
    this.slideId = slideId;
    this.points = points;
    const rows = points.map((point, index) => this.row(point, index));
    if (points.length < max) rows.push(this.newRow(points.length));
    this.list.replaceChildren(...rows);
    if (!sameSlide) this.pendingFocus = null;
    if (this.pendingFocus !== null) {
      // After a move or a removal the focus follows the point (or goes to the next one).
      this.focusRow(Math.max(0, Math.min(this.pendingFocus, rows.length - 1)), focus?.part ?? 'text');
      this.pendingFocus = null;
    } else if (sameSlide && focus !== null) {
      this.focusRow(Math.min(focus.index, rows.length - 1), focus.part);
    }
  }

  private focusedIndex(): { index: number; part: string } | null {
    const active = document.activeElement as HTMLElement | null;
    const row = active?.closest<HTMLElement>('.ed-point');
    if (!row || !this.list.contains(row)) return null;
    return { index: Number(row.dataset['index']), part: active?.dataset['part'] ?? 'text' };
  }

  private focusRow(index: number, part = 'text'): void {
    const row = this.list.querySelector<HTMLElement>(`.ed-point[data-index="${index}"]`);
    (row?.querySelector<HTMLElement>(`[data-part="${part}"]`) ?? row?.querySelector<HTMLElement>('input'))?.focus();
  }

  /** A list row for point `index` with its leading mark (drag handle or '+'). */
  private rowShell(index: number, className: string, mark: string): { li: HTMLLIElement; handle: HTMLSpanElement } {
    const li = document.createElement('li');
    li.className = className;
    li.dataset['index'] = String(index);
    const handle = document.createElement('span');
    handle.className = 'ed-drag';
    handle.textContent = mark;
    return { li, handle };
  }

  private row(point: string, index: number): HTMLElement {
    const { li, handle } = this.rowShell(index, 'ed-point', '⠿');
    handle.title = tr('editor.point.drag');
    li.draggable = true;
    const input = this.input(point, index);
    const up = this.button('↑', tr('editor.point.up'), 'up', () => this.move(index, index - 1));
    up.disabled = index === 0;
    const down = this.button('↓', tr('editor.point.down'), 'down', () => this.move(index, index + 1));
    down.disabled = index === this.points.length - 1;
    const remove = this.button('✕', tr('editor.point.remove'), 'remove', () => this.remove(index));
    li.append(handle, input, up, down, remove);
    li.addEventListener('dragstart', (event) => {
      this.dragFrom = index;
      event.dataTransfer?.setData('text/plain', point);
      if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
      li.classList.add('dragging');
    });
    li.addEventListener('dragend', () => li.classList.remove('dragging'));
    li.addEventListener('dragover', (event) => {
      if (this.dragFrom < 0) return;
      event.preventDefault();
      li.classList.add('drop-target');
    });
    li.addEventListener('dragleave', () => li.classList.remove('drop-target'));
    li.addEventListener('drop', (event) => {
      event.preventDefault();
      li.classList.remove('drop-target');
      const from = this.dragFrom;
      this.dragFrom = -1;
      if (from >= 0) this.move(from, index);
    });
    return li;
  }

  private newRow(index: number): HTMLElement {
    const { li, handle: plus } = this.rowShell(index, 'ed-point ed-point-new', '+');
    const input = this.input('', index);
    input.placeholder = tr('editor.point.new');
    li.append(plus, input);
    return li;
  }

  private input(value: string, index: number): HTMLInputElement {
    const input = document.createElement('input');
    input.type = 'text';
    input.className = 'ed-point-input';
    input.dataset['part'] = 'text';
    input.value = value;
    input.defaultValue = value;
    input.spellcheck = false;
    input.autocomplete = 'off';
    input.setAttribute('aria-label', tr('editor.point.label', { n: index + 1 }));
    const commit = (): void => {
      const text = input.value.trim();
      if (text === input.defaultValue.trim()) return;
      input.defaultValue = input.value;
      const points = [...this.points];
      if (index >= points.length) {
        if (text) points.push(text);
      } else if (text) {
        points[index] = text;
      } else {
        points.splice(index, 1);
      }
      this.apply({ type: 'setPoints', slideId: this.slideId, points });
    };
    bindField(input, commit, () => this.focusRow(Math.min(index + 1, this.points.length)));
    input.addEventListener('keydown', (event) => {
      if (event.isComposing) return;
      if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown') && index < this.points.length) {
        event.preventDefault();
        this.move(index, index + (event.key === 'ArrowUp' ? -1 : 1));
      } else if (event.altKey && event.key === 'Delete' && index < this.points.length) {
        event.preventDefault();
        this.remove(index);
      }
    });
    return input;
  }

  private button(text: string, title: string, part: string, action: () => void): HTMLButtonElement {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = `ed-point-${part}`;
    button.dataset['part'] = part;
    button.textContent = text;
    button.title = title;
    button.setAttribute('aria-label', title);
    button.addEventListener('click', action);
    return button;
  }

  private move(from: number, to: number): void {
    if (to < 0 || to >= this.points.length || from === to) return;
    if (this.list.contains(document.activeElement)) this.pendingFocus = to;
    this.apply({ type: 'movePoint', slideId: this.slideId, from, to });
  }

  private remove(index: number): void {
    if (this.list.contains(document.activeElement)) this.pendingFocus = index;
    this.apply({ type: 'removePoint', slideId: this.slideId, index });
  }
}
