/**
 * 导入修订稿 (File ▸ Import Revised Draft…) in the presenter: the user picks the report's new draft
 * (the file chooser, or a file dropped on the dialog), the host brings it into the deck
 * (Host.importRevision, what `podium import <draft> --into <deck.md>` does), every view updates
 * through the deck feed, and the dialog shows what happened: the counts, the slides to check (one
 * click to each), the new and removed ones, the hand edits that could not stay, and the backup.
 * The lines are the CLI's summary lines, from the one message catalogue.
 */
import type { DeckModel, Host, RevisionOutcome } from '../../electron/common/contract.ts';
import { deckErrorText } from '../../slides/core/errors.ts';
import { sourceNotices } from '../../slides/core/source-notice.ts';
import { currentLang, tr } from '../i18n/index.ts';
import { element } from '../revise/changes-dom.ts';

const $ = <T extends HTMLElement = HTMLElement>(id: string): T => document.getElementById(id) as T;

export interface RevisionDialogOptions {
  host: Host;
  /** The deck the views show now (slide numbers in the lists follow it). */
  deck: () => DeckModel | null;
  goto: (slideId: string) => void;
  /** Opens the 修订对照 drawer. */
  showChanges: () => void;
}

export interface RevisionDialog {
  open(): void;
  /** The deck changed: the lists' slide numbers are read again. */
  refresh(): void;
}

type Imported = Extract<RevisionOutcome, { ok: true }>;

export function setupRevisionDialog(options: RevisionDialogOptions): RevisionDialog {
  const { host } = options;
  const dialog = $<HTMLDialogElement>('revision-dialog');
  const input = $<HTMLInputElement>('revision-file');
  const status = $('revision-status');
  const result = $('revision-result');
  const choose = $<HTMLButtonElement>('revision-choose');
  const changes = $<HTMLButtonElement>('revision-changes');
  /** The last import's outcome, shown until the next one (the language can change meanwhile). */
  let shown: Imported | null = null;
  let running = false;

  // The presenter's clicker keys stay with the presenter, not the open dialog.
  dialog.addEventListener('keydown', (event) => event.stopPropagation());

  /** A slide the summary names: its number now and title, a button to it when it is in the deck. */
  const slideItem = (id: string, title: string, deck: DeckModel | null): HTMLElement => {
    const item = document.createElement('li');
    const index = deck ? deck.slides.findIndex((s) => s.id === id) : -1;
    if (index < 0) {
      item.textContent = title;
      return item;
    }
    const button = element('button', 'revision-slide', `${index + 1}. ${title}`) as HTMLButtonElement;
    button.type = 'button';
    button.title = tr('revision.goto');
    button.dataset.slideId = id;
    button.addEventListener('click', () => {
      options.goto(id);
      dialog.close();
    });
    item.append(button);
    return item;
  };

  const render = (): void => {
    result.hidden = shown === null;
    changes.hidden = shown === null || shown.summary.changed.length + shown.summary.added.length + shown.summary.removed.length === 0;
    if (!shown) return;
    const { summary, titles } = shown;
    const deck = options.deck();
    const title = (id: string): string => titles[id] ?? id;
    const counts = element('p', 'revision-counts', tr('cli.updated', {
      file: shown.deckFile, report: shown.current, n: summary.slides, kept: summary.kept,
      changed: summary.changed.length, added: summary.added.length, removed: summary.removed.length,
    }));
    const blocks: HTMLElement[] = [counts];
    if (shown.createdDeck) blocks.push(element('p', 'revision-note', tr('revision.created', { file: shown.createdDeck })));
    // What reading the draft found (tracked changes accepted …), as the presenter says it of an opened report.
    for (const notice of sourceNotices(shown.source, currentLang())) blocks.push(element('p', 'revision-source', notice));
    const list = (heading: 'cli.updated.changed' | 'cli.updated.added' | 'cli.updated.removed', kind: string, ids: readonly string[]): void => {
      if (ids.length === 0) return;
      const ul = element('ul', `revision-list revision-${kind}`);
      ul.append(...ids.map((id) => slideItem(id, title(id), kind === 'removed' ? null : deck)));
      blocks.push(element('h3', 'revision-heading', tr(heading)), ul);
    };
    list('cli.updated.changed', 'changed', summary.changed);
    list('cli.updated.added', 'added', summary.added);
    list('cli.updated.removed', 'removed', summary.removed);
    if (summary.unplaced.length > 0) {
      const ul = element('ul', 'revision-list revision-unplaced');
      ul.append(...summary.unplaced.map((u) => element('li', '', `${title(u.id)}\u3000${u.edit}`)));
      blocks.push(element('h3', 'revision-heading', tr('cli.updated.unplaced')), ul);
    }
    blocks.push(element('p', 'revision-note', shown.backupFile ? tr('cli.updated.backup', { file: shown.backupFile }) : tr('cli.updated.nothing')));
    result.replaceChildren(...blocks);
  };

  const failed = (file: string, message: string): void => {
    status.textContent = tr('revision.failed', { file, message });
    status.classList.add('failed');
  };

  async function bringIn(file: File): Promise<void> {
    if (running) return;
    running = true;
    choose.disabled = true;
    status.classList.remove('failed');
    status.textContent = tr('revision.running', { file: file.name });
    try {
      const outcome = await host.importRevision(file.name, new Uint8Array(await file.arrayBuffer()));
      if (outcome.ok) {
        shown = outcome;
        status.textContent = '';
      } else {
        const text = deckErrorText(outcome.error, currentLang());
        failed(file.name, `${text.message} ${text.hint}`.trim());
      }
    } catch (error) {
      failed(file.name, error instanceof Error ? error.message : String(error));
    } finally {
      running = false;
      choose.disabled = false;
      render();
    }
  }

  choose.addEventListener('click', () => input.click());
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    input.value = '';
    if (file) void bringIn(file);
  });
  // A file dropped on the open dialog is the new draft (never opened as a deck of its own).
  for (const type of ['dragenter', 'dragover'] as const) {
    dialog.addEventListener(type, (event) => {
      event.preventDefault();
      event.stopPropagation();
    });
  }
  dialog.addEventListener('drop', (event) => {
    event.preventDefault();
    event.stopPropagation();
    const file = event.dataTransfer?.files[0];
    if (file) void bringIn(file);
  });
  $('revision-close').addEventListener('click', () => dialog.close());
  changes.addEventListener('click', () => {
    dialog.close();
    options.showChanges();
  });

  return {
    open() {
      if (dialog.open) return;
      if (!running) {
        status.textContent = '';
        status.classList.remove('failed');
      }
      render();
      dialog.showModal();
    },
    refresh() {
      if (dialog.open) render();
    },
  };
}
