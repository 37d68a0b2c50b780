/**
 * A text field of the editor: what is typed is saved (one edit) when the field is left or Enter
 * is pressed; Escape puts back what the deck holds. `defaultValue` is the deck's value, so a
 * field with an unsaved change is one whose value differs from it.
 */
export function bindField(input: HTMLInputElement, commit: () => void, afterEnter?: () => void): void {
  input.addEventListener('change', commit);
  input.addEventListener('keydown', (event) => {
    if (event.isComposing) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      commit();
      afterEnter?.();
    } else if (event.key === 'Escape') {
      input.value = input.defaultValue;
      if (!afterEnter) input.blur();
    }
  });
}
