/** Wires a view's keyboard to the shared key map: commands go to the presentation's owner. */
import type { PresentationSync } from '../state/sync.ts';
import { KeyMap, type ViewAction } from './keys.ts';

export interface KeyBindings {
  onViewAction?: (action: ViewAction) => void;
  /** The digits typed so far for number+Enter ('' when none), for an on-screen hint. */
  onPending?: (digits: string) => void;
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT');
}

export function bindKeys(sync: PresentationSync, bindings: KeyBindings = {}, target: Window = window): () => void {
  const map = new KeyMap();
  const listener = (event: KeyboardEvent): void => {
    if (event.isComposing || isTyping(event.target)) return;
    // A focused button would take Space/Enter as a click as well: the show comes first.
    const result = map.handle(event);
    switch (result.kind) {
      case 'command':
        event.preventDefault();
        sync.send(result.command);
        bindings.onPending?.('');
        break;
      case 'view':
        event.preventDefault();
        bindings.onViewAction?.(result.action);
        break;
      case 'pending':
        event.preventDefault();
        bindings.onPending?.(result.digits);
        break;
      case 'none':
        break;
    }
  };
  target.addEventListener('keydown', listener);
  return () => target.removeEventListener('keydown', listener);
}
