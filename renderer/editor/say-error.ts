/** A host's error (a refused edit, a save problem, a refused picture) in the editor's language. */
import { deckErrorText, type DeckErrorDetails } from '../../slides/core/errors.ts';
import { currentLang } from '../i18n/index.ts';

export function sayError(error: DeckErrorDetails): string {
  const text = deckErrorText(error, currentLang());
  return [text.message, text.hint].filter(Boolean).join(' ');
}
