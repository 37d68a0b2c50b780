/**
 * YAML front matter of a Markdown deck: title, author, lang, rate, target, theme, aspect, and
 * reveal-md's revealOptions (reveal-options.ts). Anything wrong is a DeckError FRONT_MATTER with
 * the line in the file. Other keys are left alone.
 */
import { parse, YAMLParseError } from 'yaml';
import { DeckError } from './errors.ts';
import type { MessageKey, MessageRef, MessageValues } from './messages/catalogue.ts';
import type { AspectRatio, Lang, ReadingRate, RevealShowOptions, ThemeName } from './model.ts';
import { aspect, fail, positiveNumber, type ValueOrigin } from './options.ts';
import { resolveTheme } from './themes.ts';
import { readRevealOptions } from './reveal-options.ts';
import { entryProblem as pronounceProblem } from './aids/entry.ts';

export interface DeckSettings {
  title?: string;
  /** The author the exported files name (PDF, PPTX metadata). */
  author?: string;
  lang?: Lang;
  /** A bare number is in the deck's language unit (characters or words per minute). */
  rate?: number | Partial<ReadingRate>;
  targetSeconds?: number;
  theme?: ThemeName;
  aspect?: AspectRatio;
  pronounce?: { word: string; reading: string }[];
  /** The deck's own fixed formulations (固定提法), added to the built-in list (slides/core/fixed-phrases.ts). */
  fixedPhrases?: string[];
  /** What the user should know about the theme: a launch option's theme replaces it (see DeckMeta.notices). */
  themeNotice?: MessageRef;
  /** What the user should know about the other settings (revealOptions ignored or read differently). */
  notices?: MessageRef[];
  /** reveal-md's revealOptions: what the hall honours, and the object as written (kept for saving). */
  reveal?: RevealShowOptions;
  revealOptions?: Record<string, unknown>;
}

/** Front matter larger than this is not settings: refuse it rather than feed it to the parser. */
const MAX_FRONT_MATTER_CHARS = 16_000;
/** Bracket nesting this deep is hostile (the YAML parser would exhaust memory). */
const MAX_FLOW_DEPTH = 32;

function error(file: string, line: number, message: MessageKey, hint: MessageKey, values: MessageValues = {}): DeckError {
  return new DeckError({ code: 'FRONT_MATTER', file, line, message: { key: message, values }, hint: { key: hint, values } });
}

function flowDepth(yaml: string): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < yaml.length; i++) {
    const ch = yaml[i];
    if (ch === '[' || ch === '{') max = Math.max(max, ++depth);
    else if ((ch === ']' || ch === '}') && depth > 0) depth--;
  }
  return max;
}

/** Line (1-based, in the file) of `key:` inside the front matter, for messages about its value. */
function lineOfKey(lines: readonly string[], key: string): number {
  const index = lines.findIndex((l) => l.startsWith(`${key}:`));
  return index >= 0 ? index + 2 : 1;
}

const DURATION_OPTION: ValueOrigin = { file: 'options', code: 'OPTION', name: 'duration' };

/**
 * "50:00", "1:05:00", "50min", "50 分钟", "3000s" or a number of minutes → seconds;
 * undefined when it is none of these. A clock with a field past 59 ("5:99") is a
 * DeckError from `origin`, not a silent 6:39.
 */
export function parseDuration(value: unknown, origin: ValueOrigin = DURATION_OPTION): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value > 0 ? Math.round(value * 60) : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim().toLowerCase();
  const clock = /^(?:(\d{1,2}):)?(\d{1,3}):(\d{2})$/.exec(text);
  if (clock) {
    const [hours, minutes, seconds] = [Number(clock[1] ?? 0), Number(clock[2]), Number(clock[3])];
    const total = hours * 3600 + minutes * 60 + seconds;
    const values = { value: value.trim(), seconds, minutes, suggestion: formatDuration(total) };
    if (seconds >= 60) fail(origin, 'error.duration.seconds', 'error.duration.hint', values);
    if (clock[1] !== undefined && minutes >= 60) fail(origin, 'error.duration.minutes', 'error.duration.hint', values);
    return total;
  }
  const unit = /^(\d{1,5}(?:\.\d{1,3})?)\s*(s|sec|seconds?|秒|m|min|minutes?|分钟|分|h|hours?|小时)?$/u.exec(text);
  if (!unit) return undefined;
  const amount = Number(unit[1]);
  const name = unit[2] ?? 'min';
  const factor = /^(s|sec|second|seconds|秒)$/u.test(name) ? 1 : /^(h|hour|hours|小时)$/u.test(name) ? 3600 : 60;
  const seconds = Math.round(amount * factor);
  return seconds > 0 ? seconds : undefined;
}

/** Formats seconds as the front matter writes them back: m:ss or h:mm:ss. */
export function formatDuration(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

function readSettings(data: Record<string, unknown>, lines: readonly string[], file: string): DeckSettings {
  const origin = (key: string): ValueOrigin => ({ file, code: 'FRONT_MATTER', line: lineOfKey(lines, key), name: key });
  const settings: DeckSettings = {};
  if (data.title !== undefined && data.title !== null) {
    if (typeof data.title !== 'string' && typeof data.title !== 'number') {
      throw error(file, lineOfKey(lines, 'title'), 'error.fm.title', 'error.fm.title.hint');
    }
    settings.title = String(data.title);
  }
  if (data.author !== undefined && data.author !== null) {
    if (typeof data.author !== 'string') throw error(file, lineOfKey(lines, 'author'), 'error.fm.author', 'error.fm.author.hint');
    settings.author = data.author.trim();
  }
  if (data.lang !== undefined) {
    const lang = String(data.lang).toLowerCase();
    if (lang.startsWith('zh')) settings.lang = 'zh';
    else if (lang.startsWith('en')) settings.lang = 'en';
    else throw error(file, lineOfKey(lines, 'lang'), 'error.fm.lang', 'error.fm.lang.hint', { value: JSON.stringify(data.lang) });
  }
  if (data.rate !== undefined) {
    const rate = data.rate;
    if (typeof rate === 'object' && rate !== null && !Array.isArray(rate)) {
      const r = rate as Record<string, unknown>;
      const cjk = r.cjkPerMinute ?? r.cjk ?? r.zh;
      const words = r.wordsPerMinute ?? r.words ?? r.en;
      const partial: Partial<ReadingRate> = {};
      if (cjk !== undefined) partial.cjkPerMinute = positiveNumber(cjk, origin('rate'), 2000);
      if (words !== undefined) partial.wordsPerMinute = positiveNumber(words, origin('rate'), 1000);
      settings.rate = partial;
    } else {
      settings.rate = positiveNumber(rate, origin('rate'), 2000);
    }
  }
  if (data.target !== undefined) {
    const seconds = parseDuration(data.target, origin('target'));
    if (seconds === undefined) {
      throw error(file, lineOfKey(lines, 'target'), 'error.fm.target', 'error.fm.target.hint', { value: JSON.stringify(data.target) });
    }
    settings.targetSeconds = seconds;
  }
  if (data.theme !== undefined) {
    // A deck written for reveal.js names its themes; an unknown one is replaced, never refused.
    const resolved = resolveTheme(data.theme);
    settings.theme = resolved.theme;
    if (resolved.notice) settings.themeNotice = resolved.notice;
  }
  if (data.aspect !== undefined) settings.aspect = aspect(data.aspect, origin('aspect'));
  if (data.revealOptions !== undefined && data.revealOptions !== null) {
    const reveal = readRevealOptions(data.revealOptions);
    if (Object.keys(reveal.show).length > 0) settings.reveal = reveal.show;
    // The deck's own aspect: wins over the width and height written for reveal.js.
    if (reveal.aspect && settings.aspect === undefined) settings.aspect = reveal.aspect;
    if (reveal.notices.length > 0) settings.notices = [...(settings.notices ?? []), ...reveal.notices];
    if (typeof data.revealOptions === 'object' && !Array.isArray(data.revealOptions)) settings.revealOptions = data.revealOptions as Record<string, unknown>;
  }
  if (data.pronounce !== undefined && data.pronounce !== null) settings.pronounce = readPronounce(data.pronounce, lines, file);
  if (data['fixed-phrases'] !== undefined && data['fixed-phrases'] !== null) settings.fixedPhrases = readFixedPhrases(data['fixed-phrases'], lines, file);
  return settings;
}

/**
 * `pronounce:` as a map (蔚县: yù xiàn) or a list of one-key maps (- 蔚县: yu4 xian4);
 * an empty reading asks for the dictionary's, shown as an aid.
 */
function readPronounce(value: unknown, lines: readonly string[], file: string): { word: string; reading: string }[] {
  const line = lineOfKey(lines, 'pronounce');
  const hint = 'error.fm.pronounce.hint';
  const pairs: [string, unknown][] = [];
  if (Array.isArray(value)) {
    for (const item of value) {
      if (typeof item !== 'object' || item === null || Array.isArray(item)) throw error(file, line, 'error.fm.pronounce', hint, { value: JSON.stringify(item) });
      pairs.push(...Object.entries(item as Record<string, unknown>));
    }
  } else if (typeof value === 'object') {
    pairs.push(...Object.entries(value as Record<string, unknown>));
  } else {
    throw error(file, line, 'error.fm.pronounce', hint, { value: JSON.stringify(value) });
  }
  return pairs.map(([word, reading]) => {
    if (reading !== null && typeof reading !== 'string') throw error(file, line, 'error.fm.pronounce.reading', hint, { word, value: JSON.stringify(reading) });
    const problem = pronounceProblem(word, reading ?? '');
    if (problem) throw error(file, line, 'error.fm.pronounce.entry', hint, { word, problem });
    return { word: word.trim(), reading: (reading ?? '').trim() };
  });
}

/** Most entries a deck's `fixed-phrases:` may hold, and the longest one (a formulation, not a paragraph). */
const MAX_FIXED_PHRASES = 500;
const MAX_FIXED_PHRASE_CHARS = 80;

/** `fixed-phrases:` as a list of lines (or one line); each a formulation the planner keeps whole. */
function readFixedPhrases(value: unknown, lines: readonly string[], file: string): string[] {
  const items = Array.isArray(value) ? value : [value];
  const line = lineOfKey(lines, 'fixed-phrases');
  if (items.length > MAX_FIXED_PHRASES) throw error(file, line, 'error.fm.fixedPhrases', 'error.fm.fixedPhrases.hint', { value: `${items.length} × …` });
  const phrases: string[] = [];
  for (const item of items) {
    if ((typeof item !== 'string' && typeof item !== 'number') || String(item).trim().length > MAX_FIXED_PHRASE_CHARS || String(item).includes('\n')) {
      throw error(file, line, 'error.fm.fixedPhrases', 'error.fm.fixedPhrases.hint', { value: JSON.stringify(item) });
    }
    const text = String(item).trim();
    if (text !== '' && !phrases.includes(text)) phrases.push(text);
  }
  return phrases;
}

/** YAML anchors can make a value contain itself; such a value cannot be a setting or be shown in a message. */
function isSelfReferencing(value: unknown): boolean {
  try {
    JSON.stringify(value);
    return false;
  } catch {
    return true;
  }
}

/**
 * Splits off front matter (a first line `---`, YAML, a line `---` or `...`) from normalised
 * Markdown. Without front matter the text comes back unchanged.
 */
export function readFrontMatter(text: string, file: string): { settings: DeckSettings; body: string } {
  if (!text.startsWith('---\n') && text !== '---') return { settings: {}, body: text };
  const end = /\n(?:---|\.\.\.)(?:\n|$)/.exec(text.slice(3));
  if (!end) throw error(file, 1, 'error.fm.unclosed', 'error.fm.unclosed.hint');
  const yaml = text.slice(4, 3 + end.index + 1);
  const body = text.slice(3 + end.index + end[0].length);
  if (yaml.length > MAX_FRONT_MATTER_CHARS) throw error(file, 1, 'error.fm.tooLong', 'error.fm.tooLong.hint', { chars: yaml.length, max: MAX_FRONT_MATTER_CHARS });
  if (flowDepth(yaml) > MAX_FLOW_DEPTH) throw error(file, 2, 'error.fm.nested', 'error.fm.plain.hint');
  const lines = yaml.split('\n');
  let data: unknown;
  try {
    data = parse(yaml, { maxAliasCount: 50, prettyErrors: false, logLevel: 'error' });
  } catch (cause) {
    if (cause instanceof YAMLParseError) {
      // The parser reports an offset; an error found at the very end belongs to the last line written.
      const offset = Math.min(cause.pos[0], Math.max(0, yaml.trimEnd().length - 1));
      const line = 2 + yaml.slice(0, offset).split('\n').length - 1;
      // The parser's own wording is English only: the line number says where, the hint what to write.
      throw error(file, line, 'error.fm.yaml', 'error.fm.yaml.hint');
    }
    throw error(file, 1, 'error.fm.unreadable', 'error.fm.yaml.hint');
  }
  if (data === null || data === undefined) return { settings: {}, body };
  if (isSelfReferencing(data)) {
    throw error(file, 2, 'error.fm.selfRef', 'error.fm.selfRef.hint');
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw error(file, 2, 'error.fm.notMap', 'error.fm.notMap.hint');
  }
  return { settings: readSettings(data as Record<string, unknown>, lines, file), body };
}
