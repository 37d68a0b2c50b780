/**
 * reveal-md's `revealOptions:` in a deck's front matter: the reveal.js settings the deck was
 * written with. Those that mean something for Podium's hall are honoured (transition, its
 * speed, controls, progress, slideNumber, margin; width/height choose the slide's aspect);
 * the rest are named in a notice (Podium lays slides out and drives the show itself), and a
 * value Podium cannot use is named too. Nothing here refuses a deck.
 */
import type { MessageRef } from './messages/catalogue.ts';
import type { AspectRatio, RevealShowOptions, RevealTransition } from './model.ts';

export const REVEAL_TRANSITIONS: readonly RevealTransition[] = ['none', 'fade', 'slide', 'convex', 'concave', 'zoom'];
const SPEEDS = ['default', 'fast', 'slow'] as const;
const SLIDE_NUMBER_FORMATS = ['h.v', 'h/v', 'c', 'c/t'] as const;
/** reveal.js's own bounds would allow more; beyond a third the slide is a postage stamp. */
const MAX_MARGIN = 0.3;
/** How far width/height may be from 16:9 or 4:3 and still be taken as that without a word. */
const RATIO_TOLERANCE = 0.02;

export interface ReadRevealOptions {
  show: RevealShowOptions;
  /** The aspect the deck's width and height ask for, when they give one. */
  aspect?: AspectRatio;
  notices: MessageRef[];
}

function shown(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
}

function badValue(name: string, value: unknown, allowed: string): MessageRef {
  return { key: 'notice.revealOptions.badValue', values: { name, value: shown(value), allowed } };
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  const text = typeof value === 'string' ? value.trim().toLowerCase() : undefined;
  return allowed.find((item) => item === text);
}

/** reveal.js accepts "fade-in slide-out"-style pairs; the hall shows one transition, the first named. */
function transition(value: unknown): RevealTransition | undefined {
  if (typeof value !== 'string') return undefined;
  return oneOf(value.trim().split(/\s+/)[0]?.replace(/-(in|out)$/, ''), REVEAL_TRANSITIONS);
}

function size(value: unknown): number | undefined {
  const number = typeof value === 'string' && /^\s*\d+(\.\d+)?\s*(px)?\s*$/.test(value) ? Number.parseFloat(value) : value;
  return typeof number === 'number' && Number.isFinite(number) && number > 0 ? number : undefined;
}

export function readRevealOptions(value: unknown): ReadRevealOptions {
  const show: RevealShowOptions = {};
  const notices: MessageRef[] = [];
  if (value === null || value === undefined) return { show, notices };
  if (typeof value !== 'object' || Array.isArray(value)) {
    return { show, notices: [{ key: 'notice.revealOptions.notMap', values: { value: shown(value) } }] };
  }
  const options = value as Record<string, unknown>;
  const ignored: string[] = [];
  let aspect: AspectRatio | undefined;
  for (const [name, raw] of Object.entries(options)) {
    switch (name) {
      case 'transition':
      case 'backgroundTransition': {
        const chosen = transition(raw);
        if (chosen) show[name] = chosen;
        else notices.push(badValue(name, raw, REVEAL_TRANSITIONS.join(', ')));
        break;
      }
      case 'transitionSpeed': {
        const chosen = oneOf(raw, SPEEDS);
        if (chosen) show.transitionSpeed = chosen;
        else notices.push(badValue(name, raw, SPEEDS.join(', ')));
        break;
      }
      case 'controls':
      case 'progress':
        if (typeof raw === 'boolean') show[name] = raw;
        else notices.push(badValue(name, raw, 'true, false'));
        break;
      case 'slideNumber': {
        const format = oneOf(raw, SLIDE_NUMBER_FORMATS);
        if (typeof raw === 'boolean') show.slideNumber = raw;
        else if (format) show.slideNumber = format;
        else notices.push(badValue(name, raw, ['true', 'false', ...SLIDE_NUMBER_FORMATS].join(', ')));
        break;
      }
      case 'margin':
        if (typeof raw === 'number' && raw >= 0 && raw <= MAX_MARGIN) show.margin = raw;
        else notices.push(badValue(name, raw, `0 – ${MAX_MARGIN}`));
        break;
      case 'width':
      case 'height':
        break;
      default:
        ignored.push(name);
    }
  }
  if (options.width !== undefined || options.height !== undefined) {
    const width = size(options.width);
    const height = size(options.height);
    if (width === undefined || height === undefined) {
      notices.push({ key: 'notice.revealOptions.size', values: { width: shown(options.width), height: shown(options.height) } });
    } else {
      const ratio = width / height;
      aspect = Math.abs(Math.log(ratio / (16 / 9))) < Math.abs(Math.log(ratio / (4 / 3))) ? '16:9' : '4:3';
      const exact = aspect === '16:9' ? 16 / 9 : 4 / 3;
      if (Math.abs(ratio / exact - 1) > RATIO_TOLERANCE) notices.push({ key: 'notice.revealOptions.ratio', values: { width, height, aspect } });
    }
  }
  if (ignored.length > 0) notices.push({ key: 'notice.revealOptions.ignored', values: { names: ignored.join(', ') } });
  return { show, ...(aspect ? { aspect } : {}), notices };
}
