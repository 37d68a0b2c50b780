/**
 * The deck's target duration, set where the speaker watches the time: the presenter's clocks
 * and the rehearsal report. A button opens a small field (minutes, or h:mm:ss; empty clears
 * it); Enter or leaving the field sets it, Escape does not. The target is the deck's own
 * (front matter `target:`), so it goes to the host as the editor's setTarget edit: saved with
 * the deck file, and every open view (pace, time left, rehearsal plan, report) gets the new
 * deck at once through onDeckUpdate.
 */
import './target-field.css';
import type { DeckEditing } from '../../electron/common/contract.ts';
import { deckErrorText } from '../../slides/core/errors.ts';
import { currentLang, tr } from '../i18n/index.ts';
import { readTarget } from '../state/duration-text.ts';
import { formatDuration } from '../state/pace.ts';

export interface TargetFieldOptions {
  host: DeckEditing;
  /** Distinguishes the field's elements: `${id}-set` (the button) and `${id}-input`. */
  id: string;
  /** A refused entry or a failed save ('error'), or where a new deck file was made ('notice'). */
  say: (message: string, kind: 'error' | 'notice') => void;
}

export class TargetField {
  /** Put this where the button goes; it also holds the field while it is open. */
  readonly root: HTMLElement;
  private readonly button: HTMLButtonElement;
  private readonly input: HTMLInputElement;
  private targetSeconds: number | undefined;
  /** Set while a save is on its way, so leaving the field after Enter does not send it twice. */
  private sending = false;

  constructor(private readonly options: TargetFieldOptions) {
    this.root = document.createElement('span');
    this.root.className = 'target-field';
    this.button = document.createElement('button');
    this.button.type = 'button';
    this.button.id = `${options.id}-set`;
    this.button.className = 'target-set';
    // Buttons keep no focus in the presenter, so Space and Enter stay clicker keys.
    this.button.addEventListener('mouseup', () => this.button.blur());
    this.button.addEventListener('click', () => this.open());
    this.input = document.createElement('input');
    this.input.type = 'text';
    this.input.id = `${options.id}-input`;
    this.input.className = 'target-input';
    this.input.inputMode = 'numeric';
    this.input.autocomplete = 'off';
    this.input.spellcheck = false;
    this.input.hidden = true;
    this.input.addEventListener('keydown', (event) => {
      if (event.isComposing) return;
      if (event.key === 'Enter') {
        event.preventDefault();
        void this.commit();
      } else if (event.key === 'Escape') {
        event.preventDefault();
        this.close();
      }
    });
    this.input.addEventListener('blur', () => void this.commit());
    this.root.append(this.button, this.input);
    this.relabel();
  }

  /** The deck's target as it is now (after every deck update). */
  show(targetSeconds: number | undefined): void {
    this.targetSeconds = targetSeconds;
    this.relabel();
  }

  /** The texts in the current language (after a language switch). */
  relabel(): void {
    this.button.textContent = tr(this.targetSeconds === undefined ? 'target.set' : 'target.change');
    this.button.title = tr('target.title');
    this.input.placeholder = tr('editor.target.placeholder');
    this.input.setAttribute('aria-label', tr('editor.target'));
  }

  get editing(): boolean {
    return !this.input.hidden;
  }

  private open(): void {
    this.input.value = this.targetSeconds === undefined ? '' : formatDuration(this.targetSeconds);
    this.input.hidden = false;
    this.button.hidden = true;
    this.root.dataset['editing'] = 'true';
    this.input.focus();
    this.input.select();
  }

  private close(): void {
    if (!this.editing) return;
    this.input.hidden = true;
    this.button.hidden = false;
    delete this.root.dataset['editing'];
    // Focus back to the page, so the presenter's keys drive the show again.
    this.input.blur();
  }

  private async commit(): Promise<void> {
    if (!this.editing || this.sending) return;
    const typed = readTarget(this.input.value);
    if (typed.kind === 'invalid') {
      this.options.say(tr('editor.target.invalid', { value: this.input.value.trim() }), 'error');
      this.close();
      return;
    }
    const seconds = typed.kind === 'set' ? typed.seconds : null;
    if (seconds === (this.targetSeconds ?? null)) return this.close();
    this.sending = true;
    this.close();
    try {
      const outcome = await this.options.host.editDeck([{ type: 'setTarget', seconds }]);
      if (!outcome.ok) {
        const text = deckErrorText(outcome.error, currentLang());
        this.options.say(tr('target.failed', { reason: `${text.message} ${text.hint}`.trim() }), 'error');
        return;
      }
      this.show(outcome.deck.meta.targetSeconds);
      if (outcome.createdDeck) this.options.say(tr('editor.createdDeck', { path: outcome.createdDeck }), 'notice');
    } catch (error) {
      this.options.say(tr('target.failed', { reason: error instanceof Error ? error.message : String(error) }), 'error');
    } finally {
      this.sending = false;
    }
  }
}
