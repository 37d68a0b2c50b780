/**
 * The teleprompter view: the verbatim text in very large type, scrolled at the reading
 * rate past a fixed reading line. Layout is read once (after fonts load, on resize and
 * font-size change) into a ScrollTrack; each animation frame only advances progress and
 * writes one transform, so scrolling never forces a layout.
 */
import type { DeckModel, Slide } from '../../slides/core/model.ts';
import { readingUnits } from '../../slides/core/reading.ts';
import type { Command, PresentationState } from '../state/presentation.ts';
import { isPaused } from '../state/presentation.ts';
import { ratePerMinute } from '../rehearsal/measure.ts';
import { abridgedText, type PlanOverlay } from '../rehearsal/plan.ts';
import { rateLabel, rt } from '../rehearsal/strings.ts';
import { assistRequest, initialFollow, operatorTookOver, slideShown, toggleAssist, type FollowState } from './follow.ts';
import { prompterAction, type PrompterAction } from './keys.ts';
import { nextSpeed, ScrollTrack, unitsPerMs, type TrackBlock } from './track.ts';
import type { DeckAids } from '../aids/deck-aids.ts';
import { centreAids } from '../aids/decorate.ts';

export interface PrompterSettings {
  speed: number;
  fontPx: number;
  mirror: boolean;
  assist: boolean;
  /** Speaker aids (pinyin, figures as read) over the text: on unless the speaker turns them off. */
  aids: boolean;
}

export const DEFAULT_PROMPTER_SETTINGS: PrompterSettings = { speed: 1, fontPx: 72, mirror: false, assist: false, aids: true };
const FONT_STEP = 8;
const MIN_FONT = 32;
const MAX_FONT = 200;
/** The reading line sits a third of the way down: the eye reads ahead of it comfortably. */
const READING_LINE = 0.35;

export interface PrompterDeps {
  send(command: Command): void;
  saveSettings(settings: PrompterSettings): void;
}

export interface PrompterElements {
  stage: HTMLElement;
  content: HTMLElement;
  play: HTMLElement;
  slide: HTMLElement;
  speed: HTMLElement;
  rate: HTMLElement;
  assist: HTMLElement;
  mirror: HTMLElement;
  aids: HTMLElement;
}

export class Teleprompter {
  private track = new ScrollTrack([]);
  private units = 0;
  private playing = false;
  private playingBeforeClockPause = false;
  private clockPaused = false;
  private follow: FollowState;
  private rateSource: 'plan' | 'measured' = 'plan';
  private lineY = 0;
  private lastFrame: number | undefined;
  private frame = 0;
  private slideAtLine: string | undefined;
  private deck: DeckModel | undefined;
  private plan: PlanOverlay | undefined;
  private measured: number | undefined;
  private aids: DeckAids | undefined;

  constructor(
    private readonly el: PrompterElements,
    private settings: PrompterSettings,
    private readonly deps: PrompterDeps,
  ) {
    this.follow = initialFollow(settings.assist);
    this.applyFont();
    this.applyMirror();
  }

  /** (Re)builds the text for a deck and its plan; keeps the place by slide when the deck reloads. */
  setDeck(deck: DeckModel, plan: PlanOverlay, measured: number | undefined, aids?: DeckAids): void {
    const keep = this.track.slideAt(this.units);
    const offset = keep ? this.units - keep.start : 0;
    this.deck = deck;
    this.plan = plan;
    this.measured = measured;
    this.aids = aids;
    if (this.rateSource === 'measured' && measured === undefined) this.rateSource = 'plan';
    this.el.content.replaceChildren(...deck.slides.map((slide, index) => this.slideBlock(slide, index, deck)));
    this.measure();
    const again = keep ? this.track.span(keep.slideId) : undefined;
    if (again) this.units = Math.min(again.start + offset, again.end);
    this.render();
    this.updateHud();
  }

  private slideBlock(slide: Slide, index: number, deck: DeckModel): HTMLElement {
    const action = this.plan?.slides[slide.id]?.action ?? 'read';
    const section = document.createElement('section');
    section.className = 'tp-slide';
    section.dataset['slideId'] = slide.id;
    section.dataset['action'] = action;
    const marker = document.createElement('div');
    marker.className = 'tp-marker';
    const number = document.createElement('span');
    number.className = 'tp-number';
    number.textContent = `${index + 1}/${deck.slides.length}`;
    const title = document.createElement('span');
    title.textContent = slide.title;
    marker.append(number, title);
    if (action !== 'read') {
      const badge = document.createElement('span');
      badge.className = 'tp-badge';
      badge.textContent = rt(action === 'skip' ? 'prompter.skipped' : 'prompter.abridged');
      marker.append(badge);
    }
    section.append(marker);
    if (action === 'skip') return section;
    const text = action === 'abridge' ? abridgedText(slide) : slide.notes;
    for (const paragraph of text.split(/\n+/)) {
      if (!paragraph.trim()) continue;
      const p = document.createElement('p');
      p.className = 'tp-text';
      p.textContent = paragraph;
      p.dataset['units'] = String(readingUnits(paragraph, deck.meta.lang));
      if (this.settings.aids) this.aids?.draw(p, slide.id);
      section.append(p);
    }
    return section;
  }

  /** The one layout read: block positions into the track (and where each aid's reading centres). */
  private measure(): void {
    centreAids(this.el.content);
    const blocks: TrackBlock[] = [];
    for (const section of Array.from(this.el.content.querySelectorAll<HTMLElement>('.tp-slide'))) {
      const slideId = section.dataset['slideId'] ?? '';
      for (const child of Array.from(section.children) as HTMLElement[]) {
        blocks.push({ slideId, top: child.offsetTop, height: child.offsetHeight, units: Number(child.dataset['units'] ?? 0) });
      }
    }
    this.track = new ScrollTrack(blocks);
    this.lineY = Math.round(window.innerHeight * READING_LINE);
    document.body.style.setProperty('--tp-line', `${this.lineY}px`);
  }

  relayout(): void {
    const span = this.track.slideAt(this.units);
    const into = span ? this.units - span.start : 0;
    this.measure();
    const again = span ? this.track.span(span.slideId) : undefined;
    if (again) this.units = Math.min(again.start + into, again.end);
    this.render();
  }

  private perMinute(): number {
    if (this.rateSource === 'measured' && this.measured !== undefined) return this.measured;
    return this.plan && this.deck ? ratePerMinute(this.plan.rate, this.deck.meta.lang) : 1;
  }

  start(): void {
    const tick = (now: number) => {
      this.step(now);
      this.frame = requestAnimationFrame(tick);
    };
    this.frame = requestAnimationFrame(tick);
  }

  stop(): void {
    cancelAnimationFrame(this.frame);
  }

  private step(now: number): void {
    const dt = this.lastFrame === undefined ? 0 : Math.min(now - this.lastFrame, 250);
    this.lastFrame = now;
    if (!this.playing) return;
    this.units = Math.min(this.track.totalUnits, this.units + dt * unitsPerMs(this.perMinute(), this.settings.speed));
    if (this.units >= this.track.totalUnits) this.setPlaying(false);
    const asked = assistRequest(this.follow, this.track, this.units);
    this.follow = asked.state;
    if (asked.goto) this.deps.send({ type: 'gotoId', id: asked.goto });
    this.render();
  }

  /** Writes the transform (no layout read) and, when it changes, which slide is at the line. */
  private render(): void {
    const y = this.track.positionAt(this.units);
    this.el.content.style.transform = `translate3d(0, ${(this.lineY - y).toFixed(1)}px, 0)`;
    const at = this.track.slideAt(this.units)?.slideId;
    if (at !== this.slideAtLine) {
      this.slideAtLine = at;
      document.body.dataset['lineSlide'] = at ?? '';
      this.updateHud();
    }
  }

  /** Every broadcast of the presentation state. */
  onState(state: PresentationState): void {
    const result = slideShown(this.follow, state.slideId);
    const assistWas = this.follow.assistPaused;
    this.follow = result.state;
    if (result.jumpTo) this.jumpTo(result.jumpTo);
    const paused = isPaused(state);
    if (paused !== this.clockPaused) {
      // The shared clock's pause (applause, an interruption) holds the text too.
      this.clockPaused = paused;
      if (paused) {
        this.playingBeforeClockPause = this.playing;
        this.setPlaying(false);
      } else if (this.playingBeforeClockPause) this.setPlaying(true);
    }
    if (assistWas !== this.follow.assistPaused) this.updateHud();
  }

  /** Puts the start of a slide's text on the reading line, unless the line is already inside it. */
  private jumpTo(slideId: string): void {
    const span = this.track.span(slideId);
    if (!span) return;
    if (this.units >= span.start && this.units < span.end) return;
    this.units = span.start;
    this.render();
  }

  private setPlaying(playing: boolean): void {
    if (this.playing === playing) return;
    this.playing = playing;
    document.body.dataset['playing'] = String(playing);
    this.updateHud();
  }

  handleKey(event: KeyboardEvent): void {
    const action = prompterAction(event);
    if (!action) return;
    event.preventDefault();
    this.act(action);
  }

  act(action: PrompterAction): void {
    switch (action) {
      case 'togglePlay':
        this.setPlaying(!this.playing);
        break;
      case 'pause':
        this.setPlaying(false);
        break;
      case 'nextSlide':
      case 'prevSlide':
        this.follow = operatorTookOver(this.follow);
        this.deps.send({ type: action === 'nextSlide' ? 'next' : 'prev' });
        break;
      case 'faster':
      case 'slower':
        this.settings = { ...this.settings, speed: nextSpeed(this.settings.speed, action === 'faster' ? 1 : -1) };
        this.deps.saveSettings(this.settings);
        break;
      case 'jumpToCurrent': {
        const span = this.follow.shownId ? this.track.span(this.follow.shownId) : undefined;
        if (span) this.units = span.start;
        this.render();
        break;
      }
      case 'toggleAssist':
        this.follow = toggleAssist(this.follow);
        this.settings = { ...this.settings, assist: this.follow.assist };
        this.deps.saveSettings(this.settings);
        break;
      case 'toggleMirror':
        this.settings = { ...this.settings, mirror: !this.settings.mirror };
        this.applyMirror();
        this.deps.saveSettings(this.settings);
        break;
      case 'toggleAids':
        this.settings = { ...this.settings, aids: !this.settings.aids };
        this.deps.saveSettings(this.settings);
        if (this.deck && this.plan) this.setDeck(this.deck, this.plan, this.measured, this.aids);
        break;
      case 'toggleRateSource':
        this.rateSource = this.rateSource === 'plan' && this.measured !== undefined ? 'measured' : 'plan';
        break;
      case 'bigger':
      case 'smaller': {
        const fontPx = Math.min(MAX_FONT, Math.max(MIN_FONT, this.settings.fontPx + (action === 'bigger' ? FONT_STEP : -FONT_STEP)));
        this.settings = { ...this.settings, fontPx };
        this.applyFont();
        this.relayout();
        this.deps.saveSettings(this.settings);
        break;
      }
    }
    this.updateHud();
  }

  /** Mouse wheel or touchpad: the operator moves the text by hand; assist stands back. */
  scrollBy(deltaPx: number): void {
    this.units = this.track.unitsAt(Math.max(0, this.track.positionAt(this.units) + deltaPx));
    this.follow = operatorTookOver(this.follow);
    this.render();
    this.updateHud();
  }

  private applyFont(): void {
    document.body.style.setProperty('--tp-size', `${this.settings.fontPx}px`);
  }

  private applyMirror(): void {
    this.el.stage.classList.toggle('mirrored', this.settings.mirror);
    document.body.dataset['mirror'] = String(this.settings.mirror);
  }

  private updateHud(): void {
    const { el, deck } = this;
    el.play.textContent = rt(this.playing ? 'prompter.playing' : 'prompter.paused');
    el.play.dataset['playing'] = String(this.playing);
    const index = deck && this.slideAtLine ? deck.slides.findIndex((s) => s.id === this.slideAtLine) : -1;
    el.slide.textContent = deck && index >= 0 ? `${index + 1}/${deck.slides.length}` : '';
    el.speed.textContent = rt('prompter.speed', { speed: this.settings.speed.toFixed(2) });
    if (deck) {
      const label = rateLabel(this.perMinute(), deck.meta.lang);
      el.rate.textContent = rt(this.rateSource === 'measured' ? 'prompter.rate.measured' : 'prompter.rate.plan', { rate: label });
    }
    const assist = !this.follow.assist ? 'off' : this.follow.assistPaused ? 'paused' : 'on';
    el.assist.dataset['assist'] = assist;
    document.body.dataset['assist'] = assist;
    el.assist.textContent = rt(assist === 'off' ? 'prompter.assist.off' : assist === 'paused' ? 'prompter.assist.paused' : 'prompter.assist.on');
    el.mirror.textContent = this.settings.mirror ? rt('prompter.mirror') : '';
    el.aids.textContent = rt(this.settings.aids ? 'prompter.aids.on' : 'prompter.aids.off');
    document.body.dataset['aids'] = this.settings.aids ? 'on' : 'off';
  }
}
