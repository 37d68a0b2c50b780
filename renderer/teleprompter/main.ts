/**
 * Teleprompter page: the deck's text from the host, the plan overlay and measured rate
 * from the rehearsal store, the show's slide from the shared presentation state.
 */
import './teleprompter.css';
import type { DeckModel } from '../../slides/core/model.ts';
import { getHost } from '../host/index.ts';
import { applyTranslations, currentLang, initLang, onLangChange } from '../i18n/index.ts';
import { deckErrorText } from '../../slides/core/errors.ts';
import { followDeck } from '../commands/deck-feed.ts';
import { createPresentationSync } from '../state/sync.ts';
import { deckShape } from '../slides/shape.ts';
import { loadFontsFor } from '../slides/fonts.ts';
import { registerAllFacesWhenIdle } from '../fonts/registry.ts';
import { rt } from '../rehearsal/strings.ts';
import { onRehearsalChange, rehearsalData, repositoryFor } from '../rehearsal/report-data.ts';
import { reportKey } from '../rehearsal/report-key.ts';
import { DEFAULT_PROMPTER_SETTINGS, Teleprompter, type PrompterSettings } from './prompter.ts';

const SETTINGS_KEY = 'teleprompter';
const host = getHost();
const sync = createPresentationSync();
const byId = (id: string) => document.getElementById(id) as HTMLElement;

function validSettings(value: unknown): PrompterSettings {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Partial<PrompterSettings>;
  const d = DEFAULT_PROMPTER_SETTINGS;
  return {
    speed: typeof v.speed === 'number' && v.speed > 0 && v.speed <= 4 ? v.speed : d.speed,
    fontPx: typeof v.fontPx === 'number' && v.fontPx >= 32 && v.fontPx <= 200 ? v.fontPx : d.fontPx,
    mirror: typeof v.mirror === 'boolean' ? v.mirror : d.mirror,
    assist: typeof v.assist === 'boolean' ? v.assist : d.assist,
  };
}

function showError(message: string): void {
  const box = byId('tp-error');
  box.textContent = message;
  box.hidden = false;
}

async function main(): Promise<void> {
  await initLang(host);
  document.title = rt('prompter.pageTitle');
  applyTranslations();
  const settings = validSettings(await host.getSetting<unknown>(SETTINGS_KEY).catch(() => undefined));
  const prompter = new Teleprompter(
    {
      stage: byId('tp-stage'), content: byId('tp-content'), play: byId('tp-play'), slide: byId('tp-slide'),
      speed: byId('tp-speed'), rate: byId('tp-rate'), assist: byId('tp-assist'), mirror: byId('tp-mirror'),
    },
    settings,
    { send: (command) => sync.send(command), saveSettings: (next) => void host.setSetting(SETTINGS_KEY, next) },
  );

  let deck: DeckModel | undefined;
  let stopWatching: (() => void) | undefined;
  const load = async (next: DeckModel): Promise<void> => {
    const { file } = await repositoryFor(host, next).load();
    const data = rehearsalData(next, file);
    await loadFontsFor(next.slides.map((s) => s.notes + s.title + s.points.join('')).join('') + '0123456789/');
    await document.fonts.ready;
    registerAllFacesWhenIdle();
    prompter.setDeck(next, data.overlay, data.measured);
    prompter.onState(sync.current());
  };

  await followDeck(host, {
    onDeck: (next) => {
      deck = next;
      sync.setDeck(deckShape(next));
      stopWatching?.();
      stopWatching = onRehearsalChange(reportKey(next), () => {
        if (deck) void load(deck);
      });
      void load(next).then(() => document.documentElement.setAttribute('data-ready', '1'));
    },
    onError: (update) => {
      if (!deck) {
        const text = deckErrorText(update.error, currentLang());
        showError(rt('rehearsal.deckError', { message: `${update.error.file}: ${text.message} ${text.hint}` }));
      }
    },
  });

  sync.onChange((state) => prompter.onState(state));
  onLangChange(() => {
    applyTranslations();
    if (deck) void load(deck);
  });
  window.addEventListener('keydown', (event) => prompter.handleKey(event));
  window.addEventListener('wheel', (event) => prompter.scrollBy(event.deltaY), { passive: true });
  window.addEventListener('resize', () => prompter.relayout());
  window.addEventListener('pagehide', () => sync.close());
  prompter.start();
}

main().catch((error: unknown) => showError(error instanceof Error ? error.message : String(error)));
