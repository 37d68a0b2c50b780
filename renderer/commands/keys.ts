/**
 * Keys for keyboards and presentation clickers, the same in every view. reveal.js's
 * own keyboard handling is off: every key goes through here and becomes either a
 * presentation command (sent to the state's owner) or a view action.
 *
 * Clickers send PageDown/PageUp (some send arrows, Space, B or period for black,
 * F5/Escape for start/stop); number keys followed by Enter jump to that slide.
 */
import type { Command } from '../state/presentation.ts';

export type ViewAction = 'openAudience' | 'search' | 'fontBigger' | 'fontSmaller' | 'escape' | 'edit';

export type KeyResult =
  | { kind: 'command'; command: Command }
  | { kind: 'view'; action: ViewAction }
  | { kind: 'pending'; digits: string }
  | { kind: 'none' };

export interface KeyInput {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

const NONE: KeyResult = { kind: 'none' };
const command = (c: Command): KeyResult => ({ kind: 'command', command: c });

/** Keeps the digits typed so far for number+Enter; pure apart from that buffer. */
export class KeyMap {
  private digits = '';

  pending(): string {
    return this.digits;
  }

  handle(event: KeyInput): KeyResult {
    const mod = event.ctrlKey || event.metaKey;
    if (mod && (event.key === 'f' || event.key === 'F')) return { kind: 'view', action: 'search' };
    if (mod && (event.key === '=' || event.key === '+')) return { kind: 'view', action: 'fontBigger' };
    if (mod && event.key === '-') return { kind: 'view', action: 'fontSmaller' };
    if (mod || event.altKey) return NONE;

    if (/^[0-9]$/.test(event.key)) {
      this.digits = (this.digits + event.key).slice(-4);
      return { kind: 'pending', digits: this.digits };
    }
    if (event.key === 'Enter' && this.digits) {
      const n = Number.parseInt(this.digits, 10);
      this.digits = '';
      return n >= 1 ? command({ type: 'goto', index: n - 1 }) : NONE;
    }
    if (event.key === 'Backspace' && this.digits) {
      this.digits = this.digits.slice(0, -1);
      return { kind: 'pending', digits: this.digits };
    }
    const hadDigits = this.digits !== '';
    this.digits = '';

    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
      case 'PageDown':
      case 'Enter':
      case 'n':
      case 'N':
        return command({ type: 'next' });
      case ' ':
        return command({ type: event.shiftKey ? 'prev' : 'next' });
      case 'ArrowLeft':
      case 'ArrowUp':
      case 'PageUp':
      case 'Backspace':
        return command({ type: 'prev' });
      case 'Home':
        return command({ type: 'first' });
      case 'End':
        return command({ type: 'last' });
      case 'b':
      case 'B':
      case '.':
        return command({ type: 'screen', screen: 'black' });
      case 'w':
      case 'W':
      case ',':
        return command({ type: 'screen', screen: 'white' });
      case 'h':
      case 'H':
        return command({ type: 'screen', screen: 'hold' });
      case 'p':
      case 'P':
        return command({ type: 'togglePause' });
      case 'F5':
        return { kind: 'view', action: 'openAudience' };
      case 'e':
      case 'E':
        return { kind: 'view', action: 'edit' };
      case '/':
        return { kind: 'view', action: 'search' };
      case 'Escape':
        return hadDigits ? { kind: 'pending', digits: '' } : { kind: 'view', action: 'escape' };
      default:
        return NONE;
    }
  }
}
