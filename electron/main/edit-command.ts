/**
 * Edit ▸ Undo / Redo in the app's menu (and their keys, Ctrl+Z, Ctrl+Y, Ctrl+Shift+Z / ⌘Z, ⇧⌘Z).
 * A menu `role: 'undo'` only reaches the focused text field (webContents.undo()), never the
 * editor's own history of slide edits; these items are the app's own instead:
 * - in the editor's window the editor is told (HostCommand 'edit'): it undoes its last slide edit,
 *   or the typing in the field being typed in, as its own Ctrl+Z does;
 * - in any other window (the presenter's search box) the text field's own undo, as the role did.
 *
 * Keys: on Windows and Linux the page sees the key first and the editor handles it itself, so
 * the accelerator is shown but not registered (a registered one would undo twice, or take the
 * key from a text field). On macOS every menu accelerator is registered and ⌘Z comes through
 * the menu, so there the same routing serves the key.
 */
import type { ViewName } from '../common/contract.ts';

export type EditAction = 'undo' | 'redo';

/** Where an Undo/Redo chosen in the menu goes, given the focused window's view. */
export type EditRoute = { to: 'editor'; action: EditAction } | { to: 'field'; action: EditAction } | { to: 'nothing' };

export function routeEditCommand(action: EditAction, focusedView: ViewName | undefined, hasFocusedWindow: boolean): EditRoute {
  if (!hasFocusedWindow) return { to: 'nothing' };
  if (focusedView === 'editor') return { to: 'editor', action };
  return { to: 'field', action };
}

/** The menu items' keys: ⌘Z / ⇧⌘Z on macOS (registered), Ctrl+Z / Ctrl+Y elsewhere (shown only). */
export function editAccelerator(action: EditAction, platform: NodeJS.Platform): { accelerator: string; registerAccelerator?: false } {
  const mac = platform === 'darwin';
  const accelerator = action === 'undo' ? 'CmdOrCtrl+Z' : mac ? 'Shift+CmdOrCtrl+Z' : 'CmdOrCtrl+Y';
  return mac ? { accelerator } : { accelerator, registerAccelerator: false };
}
