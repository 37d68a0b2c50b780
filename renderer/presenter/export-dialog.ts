/**
 * The export dialog (File ▸ Export… in the presenter): a checklist of every format and one
 * button that exports them all in one pass through the host (Host.exportFormats): the app asks
 * for a folder, the browser host writes beside the report. Shows what was written, or why not.
 */
import type { ExportRequest, Host } from '../../electron/common/contract.ts';
import { EXPORT_FORMATS } from '../../electron/common/export-formats.ts';
import type { ExportFormat } from '../../electron/common/export-formats.ts';
import { HANDOUT_LAYOUTS, NOTES_LAYOUTS } from '../../electron/common/print.ts';
import type { HandoutPerPage, NotesPerPage } from '../../electron/common/print.ts';
import { currentLang, tr } from '../i18n/index.ts';
import { describeOfficialFaces } from '../../slides/core/official-faces.ts';
import type { MessageKey } from '../../slides/core/messages/catalogue.ts';

const $ = <T extends HTMLElement = HTMLElement>(id: string): T => document.getElementById(id) as T;
const DEFAULT_CHECKED: readonly ExportFormat[] = ['slides', 'handout', 'reading'];

/** Wires the dialog; returns what opens it (the Export… button, and the app menu's command). */
export function setupExportDialog(host: Host): () => void {
  const dialog = $<HTMLDialogElement>('export-dialog');
  const list = $('export-formats');
  const status = $('export-status');
  const files = $('export-files');
  const faces = $('export-faces');
  const go = $<HTMLButtonElement>('export-go');
  for (const format of EXPORT_FORMATS) {
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.name = 'format';
    box.value = format;
    box.checked = DEFAULT_CHECKED.includes(format);
    const text = document.createElement('span');
    text.dataset.i18n = `exportDialog.format.${format}` satisfies MessageKey;
    text.textContent = tr(`exportDialog.format.${format}`);
    label.append(box, ' ', text);
    list.append(label);
  }
  const boxes = (): HTMLInputElement[] => Array.from(list.querySelectorAll<HTMLInputElement>('input[name="format"]'));
  // The presenter's clicker keys stay with the presenter, not the open dialog.
  dialog.addEventListener('keydown', (event) => event.stopPropagation());

  const open = (): void => {
    if (dialog.open) return;
    // 修订对照 is there to print only once a revised draft has been brought into the deck.
    const changes = boxes().find((box) => box.value === 'changes');
    if (changes) {
      changes.disabled = true;
      changes.checked = false;
      void host.currentDeck().then((update) => {
        changes.disabled = !(update.ok && update.deck.revision !== undefined);
      });
    }
    $('export-where').textContent = tr(host.info().kind === 'electron' ? 'exportDialog.where.electron' : 'exportDialog.where.browser');
    if (!go.disabled) {
      status.textContent = '';
      files.replaceChildren();
      faces.textContent = '';
    }
    dialog.showModal();
  };
  $('btn-export').addEventListener('click', open);
  $('export-close').addEventListener('click', () => dialog.close());
  $('export-select-all').addEventListener('click', () => {
    for (const box of boxes()) box.checked = !box.disabled;
  });
  $('export-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const formats = boxes().filter((box) => box.checked).map((box) => box.value as ExportFormat);
    if (formats.length === 0) {
      status.textContent = tr('exportDialog.none');
      return;
    }
    const perPage = Number($<HTMLSelectElement>('export-per-page').value);
    const notesPerPage = Number($<HTMLSelectElement>('export-notes-per-page').value);
    const watermark = $<HTMLInputElement>('export-watermark').value.replace(/\s+/g, ' ').trim();
    const request: ExportRequest = {
      formats,
      ...(formats.includes('handout') && HANDOUT_LAYOUTS.includes(perPage as HandoutPerPage) ? { perPage: perPage as HandoutPerPage } : {}),
      ...(formats.includes('notes') && NOTES_LAYOUTS.includes(notesPerPage as NotesPerPage) ? { notesPerPage: notesPerPage as NotesPerPage } : {}),
      ...(formats.includes('notes') && $<HTMLInputElement>('export-large-type').checked ? { largeType: true } : {}),
      ...(watermark ? { watermark } : {}),
      // Off only when asked: the reading copy carries the speaker aids by default.
      ...(formats.includes('reading') && !$<HTMLInputElement>('export-aids').checked ? { aids: false } : {}),
    };
    void run(request);
  });

  const show = (folder: string | undefined, written: readonly string[]): void => {
    files.replaceChildren(
      ...written.map((path) => {
        const item = document.createElement('li');
        item.textContent = folder && path.startsWith(folder) ? path.slice(folder.length).replace(/^[\\/]/, '') : path;
        item.title = path;
        return item;
      }),
    );
  };

  async function run(request: ExportRequest): Promise<void> {
    go.disabled = true;
    files.replaceChildren();
    faces.textContent = '';
    status.textContent = tr('exportDialog.running', { n: request.formats.length });
    try {
      const outcome = await host.exportFormats(request);
      if (outcome.ok) {
        status.textContent = tr('exportDialog.done', { folder: outcome.folder });
        show(outcome.folder, outcome.files);
        // Which 仿宋/黑体/楷体/小标宋 faces the official copy used, or which bundled ones stood in.
        if (outcome.faces) faces.textContent = describeOfficialFaces(outcome.faces, currentLang());
      } else if (outcome.cancelled) {
        status.textContent = '';
      } else {
        status.textContent = tr('exportDialog.failed', { message: outcome.message });
        show(undefined, outcome.files);
      }
    } catch (error) {
      status.textContent = tr('exportDialog.failed', { message: error instanceof Error ? error.message : String(error) });
    } finally {
      go.disabled = false;
    }
  }
  return open;
}
