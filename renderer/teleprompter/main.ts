/**
 * Teleprompter page: the deck's text from the host, the plan overlay and measured rate
 * from the rehearsal store, the show's slide from the shared presentation state.
 */
import './teleprompter.css';
import type { DeckModel } from '../../slides/core/model.ts';
import type { AidsReview } from '../../slides/core/aids/model.ts';
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
import { DeckAids } from '../aids/deck-aids.ts';
import { aidsSettingKey, onAidsChange } from '../aids/store.ts';
import '../aids/aids.css';

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
    aids: typeof v.aids === 'boolean' ? v.aids : d.aids,
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
      speed: byId('tp-speed'), rate: byId('tp-rate'), assist: byId('tp-assist'), mirror: byId('tp-mirror'), aids: byId('tp-aids'),
    },
    settings,
    { send: (command) => sync.send(command), saveSettings: (next) => void host.setSetting(SETTINGS_KEY, next) },
  );

  let deck: DeckModel | undefined;
  let stopWatching: (() => void) | undefined;
  let stopWatchingAids: (() => void) | undefined;
  // Loads overlap (a rehearsal saved and the aids changed at once): only the latest started may show.
  let latestLoad = 0;
  let shown: { data: ReturnType<typeof rehearsalData>; aids: DeckAids | undefined } | undefined;
  // Counts review changes heard, so a load that read the review before the latest change takes it in.
  let aidsChanges = 0;
  let latestReview: AidsReview | undefined;
  const load = async (next: DeckModel, savedRehearsals?: unknown): Promise<void> => {
    const mine = ++latestLoad;
    const aidsSeen = aidsChanges;
    // Without its aids (the dictionary failed to load) the text still shows.
    const [{ file }, aids] = await Promise.all([repositoryFor(host, next).load(savedRehearsals), DeckAids.open(host, next).catch(() => undefined)]);
    if (aids?.problem) showError(rt('prompter.aids.loadProblem', { reason: aids.problem }));
    const data = rehearsalData(next, file);
    await loadFontsFor(next.slides.map((s) => s.notes + s.title + s.points.join('')).join('') + '0123456789/' + (aids?.readingsText() ?? ''));
    await document.fonts.ready;
    registerAllFacesWhenIdle();
    if (aids && aidsSeen !== aidsChanges) await aids.reload(latestReview);
    if (mine !== latestLoad) return;
    shown = { data, aids };
    prompter.setDeck(next, data.overlay, data.measured, aids);
    prompter.onState(sync.current());
  };

  // The review changed in another window: read it again and redraw the text with what is loaded (no
  // second trip through the rehearsal store and the fonts, which a busy machine makes slow).
  const redrawAids = async (next: DeckModel, review: AidsReview | undefined): Promise<void> => {
    latestReview = review;
    const current = shown;
    // A load started now has not seen this change yet (it counts it), so it takes the review in.
    const loading = !current?.aids || deck !== next ? load(next) : undefined;
    aidsChanges += 1;
    if (loading || !current?.aids) return loading;
    await current.aids.reload(review);
    if (shown !== current || deck !== next) return;
    prompter.setDeck(next, current.data.overlay, current.data.measured, current.aids);
    prompter.onState(sync.current());
    void loadFontsFor(current.aids.readingsText());
  };

  await followDeck(host, {
    onDeck: (next) => {
      deck = next;
      sync.setDeck(deckShape(next));
      stopWatching?.();
      stopWatching = onRehearsalChange(reportKey(next), (saved) => {
        if (deck) void load(deck, saved);
      });
      // The staff changed the aids' review (pronunciation list, a correction): redraw the text live.
      stopWatchingAids?.();
      stopWatchingAids = onAidsChange(aidsSettingKey(next), (review) => void redrawAids(next, review));
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
