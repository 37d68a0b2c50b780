/**
 * Opening reports from the presenter: the Open button (the host's dialog), recent
 * files, and drag and drop onto the window. Whatever opens arrives as a deck update
 * (good or an error) through the host's update stream like a live reload; here only
 * failures to reach the host at all are shown.
 */
import type { Host } from '../../electron/common/contract.ts';
import { tr } from '../i18n/index.ts';

const $ = (id: string): HTMLElement => document.getElementById(id) as HTMLElement;

export function setupFiles(host: Host, notify: (text: string) => void): void {
  const failed = (error: unknown): void => notify(`${tr('presenter.openFailed')} ${error instanceof Error ? error.message : String(error)}`);

  $('btn-open').addEventListener('click', () => {
    host.openDialog().catch(failed);
  });

  const menu = $('recent-menu');
  $('btn-recent').addEventListener('click', async () => {
    if (!menu.hidden) {
      menu.hidden = true;
      return;
    }
    const recent = await host.recentFiles().catch((error: unknown) => {
      failed(error);
      return [];
    });
    const items = recent.map((file) => {
      const li = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = file.name;
      button.title = file.path;
      button.addEventListener('click', () => {
        menu.hidden = true;
        host.openRecent(file.path).catch(failed);
      });
      li.append(button);
      return li;
    });
    if (!items.length) {
      const none = document.createElement('li');
      none.className = 'recent-none';
      none.textContent = tr('presenter.recent.none');
      items.push(none);
    }
    menu.replaceChildren(...items);
    menu.hidden = false;
  });

  const cover = $('drop-cover');
  let depth = 0;
  const hasFiles = (event: DragEvent): boolean => Array.from(event.dataTransfer?.types ?? []).includes('Files');
  window.addEventListener('dragenter', (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    depth += 1;
    cover.hidden = false;
  });
  window.addEventListener('dragover', (event) => {
    if (hasFiles(event)) event.preventDefault();
  });
  window.addEventListener('dragleave', () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) cover.hidden = true;
  });
  window.addEventListener('drop', (event) => {
    event.preventDefault();
    depth = 0;
    cover.hidden = true;
    const file = event.dataTransfer?.files[0];
    if (!file) return;
    void file.arrayBuffer()
      .then((buffer) => host.openBytes(file.name, new Uint8Array(buffer)))
      .catch(failed);
  });
}
