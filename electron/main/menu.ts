/** Installs the application menu and rebuilds it when what it shows changes (language, recent files, displays, exports). */
import { Menu } from 'electron';
import { buildMenuTemplate, type MenuActions, type MenuInput } from './menu-template.ts';

export interface MenuControl {
  rebuild(): void;
}

export function setupMenu(state: () => Omit<MenuInput, 'actions'>, actions: MenuActions): MenuControl {
  const rebuild = () => {
    Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate({ ...state(), actions })));
  };
  rebuild();
  return { rebuild };
}
