/**
 * YAML front matter of a Markdown deck: title, lang, rate, target, theme, aspect. Anything wrong
 * is a DeckError FRONT_MATTER with the line in the file. Other keys (e.g. reveal.js options) are
 * left alone.
 */
import { parse, YAMLParseError } from 'yaml';
import { DeckError } from './errors.ts';
import type { AspectRatio, Lang, ReadingRate, ThemeName } from './model.ts';
import { aspect, fail, positiveNumber, theme, type ValueOrigin } from './options.ts';
import { entryProblem as pronounceProblem } from './aids/entry.ts';

export interface DeckSettings {
  title?: string;
  lang?: Lang;
  /** A bare number is in the deck's language unit (characters or words per minute). */
  rate?: number | Partial<ReadingRate>;
  targetSeconds?: number;
  theme?: ThemeName;
  aspect?: AspectRatio;
  pronounce?: { word: string; reading: string }[];
}

/** Front matter larger than this is not settings: refuse it rather than feed it to the parser. */
const MAX_FRONT_MATTER_CHARS = 16_000;
/** Bracket nesting this deep is hostile (the YAML parser would exhaust memory). */
const MAX_FLOW_DEPTH = 32;

function error(file: string, line: number, message: string, hint: string): DeckError {
  return new DeckError({ code: 'FRONT_MATTER', file, line, message, hint });
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
    const hint = `Each field after the first runs 0–59: did you mean "${formatDuration(total)}"?`;
    if (seconds >= 60) fail(origin, `${origin.name} "${value.trim()}" has ${seconds} seconds; a clock takes 0–59 seconds after the minutes.`, hint);
    if (clock[1] !== undefined && minutes >= 60) fail(origin, `${origin.name} "${value.trim()}" has ${minutes} minutes; h:mm:ss takes 0–59 minutes after the hours.`, hint);
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
      throw error(file, lineOfKey(lines, 'title'), 'title must be text.', 'Write the title on one line, e.g. title: 政府工作报告');
    }
    settings.title = String(data.title);
  }
  if (data.lang !== undefined) {
    const lang = String(data.lang).toLowerCase();
    if (lang.startsWith('zh')) settings.lang = 'zh';
    else if (lang.startsWith('en')) settings.lang = 'en';
    else throw error(file, lineOfKey(lines, 'lang'), `lang must be zh or en, not ${JSON.stringify(data.lang)}.`, 'Use lang: zh for Chinese or lang: en for English.');
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
      throw error(file, lineOfKey(lines, 'target'), `target must be a duration, not ${JSON.stringify(data.target)}.`, 'Write it as minutes (target: 50) or as a clock (target: "50:00").');
    }
    settings.targetSeconds = seconds;
  }
  if (data.theme !== undefined) settings.theme = theme(data.theme, origin('theme'));
  if (data.aspect !== undefined) settings.aspect = aspect(data.aspect, origin('aspect'));
  if (data.pronounce !== undefined && data.pronounce !== null) settings.pronounce = readPronounce(data.pronounce, lines, file);
  return settings;
}

/**
 * `pronounce:` as a map (蔚县: yù xiàn) or a list of one-key maps (- 蔚县: yu4 xian4);
 * an empty reading asks for the dictionary's, shown as an aid.
 */
function readPronounce(value: unknown, lines: readonly string[], file: string): { word: string; reading: string }[] {
  const line = lineOfKey(lines, 'pronounce');
  const hint = 'Write one word a line under pronounce:, e.g.\n  pronounce:\n    蔚县: yù xiàn\n    单县: shan4 xian4';
  const pairs: [string, unknown][] = [];
  if (Array.isArray(value)) {
    for (const item of value) {
      if (typeof item !== 'object' || item === null || Array.isArray(item)) throw error(file, line, `pronounce lists ${JSON.stringify(item)}, which is not "word: reading".`, hint);
      pairs.push(...Object.entries(item as Record<string, unknown>));
    }
  } else if (typeof value === 'object') {
    pairs.push(...Object.entries(value as Record<string, unknown>));
  } else {
    throw error(file, line, 'pronounce must list words and their readings.', hint);
  }
  return pairs.map(([word, reading]) => {
    if (reading !== null && typeof reading !== 'string') throw error(file, line, `The reading of ${word} in pronounce must be text, not ${JSON.stringify(reading)}.`, hint);
    const problem = pronounceProblem(word, reading ?? '');
    if (problem) throw error(file, line, `pronounce: ${word}: ${problem}.`, hint);
    return { word: word.trim(), reading: (reading ?? '').trim() };
  });
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
  if (!end) throw error(file, 1, 'The front matter opened by --- on line 1 is never closed.', 'End it with a line --- before the first slide.');
  const yaml = text.slice(4, 3 + end.index + 1);
  const body = text.slice(3 + end.index + end[0].length);
  if (yaml.length > MAX_FRONT_MATTER_CHARS) throw error(file, 1, `The front matter is ${yaml.length} characters long.`, `Keep it to deck settings (under ${MAX_FRONT_MATTER_CHARS} characters).`);
  if (flowDepth(yaml) > MAX_FLOW_DEPTH) throw error(file, 2, 'The front matter nests brackets too deeply.', 'Write the settings as plain key: value lines.');
  const lines = yaml.split('\n');
  let data: unknown;
  try {
    data = parse(yaml, { maxAliasCount: 50, prettyErrors: false, logLevel: 'error' });
  } catch (cause) {
    if (cause instanceof YAMLParseError) {
      // The parser reports an offset; an error found at the very end belongs to the last line written.
      const offset = Math.min(cause.pos[0], Math.max(0, yaml.trimEnd().length - 1));
      const line = 2 + yaml.slice(0, offset).split('\n').length - 1;
      throw error(file, line, `The front matter is not valid YAML: ${cause.message.split('\n')[0]}`, 'Write one setting per line as key: value (e.g. rate: 220).');
    }
    const message = cause instanceof Error ? cause.message : String(cause);
    throw error(file, 1, `The front matter could not be read: ${message}`, 'Write one setting per line as key: value (e.g. rate: 220).');
  }
  if (data === null || data === undefined) return { settings: {}, body };
  if (isSelfReferencing(data)) {
    throw error(file, 2, 'The front matter refers to itself (a YAML alias inside its own anchor, e.g. &a [*a]).', 'Write the settings as plain key: value lines, without & and * references.');
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw error(file, 2, 'The front matter must be a list of key: value settings.', 'Write one setting per line, e.g. title: 工作报告');
  }
  return { settings: readSettings(data as Record<string, unknown>, lines, file), body };
}
