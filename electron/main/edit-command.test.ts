import { describe, expect, it } from 'vitest';
import { editAccelerator, routeEditCommand } from './edit-command.ts';

describe('Edit ▸ Undo / Redo routing', () => {
  it('goes to the editor\'s history when the editor\'s window is in front', () => {
    expect(routeEditCommand('undo', 'editor', true)).toEqual({ to: 'editor', action: 'undo' });
    expect(routeEditCommand('redo', 'editor', true)).toEqual({ to: 'editor', action: 'redo' });
  });

  it('goes to the focused text field in any other window, and nowhere with no window in front', () => {
    expect(routeEditCommand('undo', 'presenter', true)).toEqual({ to: 'field', action: 'undo' });
    expect(routeEditCommand('redo', 'rehearsal', true)).toEqual({ to: 'field', action: 'redo' });
    // A window that is not one of the views (a print window, a dialog's parent).
    expect(routeEditCommand('undo', undefined, true)).toEqual({ to: 'field', action: 'undo' });
    expect(routeEditCommand('undo', undefined, false)).toEqual({ to: 'nothing' });
  });

  it('names the platform\'s keys; only macOS registers them (elsewhere the page handles the key itself)', () => {
    expect(editAccelerator('undo', 'win32')).toEqual({ accelerator: 'CmdOrCtrl+Z', registerAccelerator: false });
    expect(editAccelerator('redo', 'linux')).toEqual({ accelerator: 'CmdOrCtrl+Y', registerAccelerator: false });
    expect(editAccelerator('redo', 'darwin')).toEqual({ accelerator: 'Shift+CmdOrCtrl+Z' });
  });
});
