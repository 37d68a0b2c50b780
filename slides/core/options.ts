/**
 * Validation of compile options and front matter values: every bad value is a DeckError with the
 * file, what is wrong and what to do, never a silently ignored setting.
 */
import { DeckError, type DeckErrorCode } from './errors.ts';
import { DEFAULT_RATE, type AspectRatio, type CompileOptions, type ReadingRate, type ThemeName } from './model.ts';

export const DEFAULT_MAX_SLIDE_SECONDS = 90;
const THEMES: readonly ThemeName[] = ['official', 'light', 'dark'];
const ASPECTS: readonly AspectRatio[] = ['16:9', '4:3'];

/** Where a value came from, for the message: an option, or a front matter line. */
export interface ValueOrigin {
  file: string;
  code: DeckErrorCode;
  line?: number;
  /** How the user names the setting, e.g. `rate` or `--rate`. */
  name: string;
}

export function fail(origin: ValueOrigin, message: string, hint: string): never {
  const details = { code: origin.code, file: origin.file, message, hint } as const;
  throw new DeckError(origin.line !== undefined ? { ...details, line: origin.line } : details);
}

export function positiveNumber(value: unknown, origin: ValueOrigin, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > max) {
    fail(origin, `${origin.name} must be a number above 0 and at most ${max}, not ${JSON.stringify(value) ?? String(value)}.`, `Give ${origin.name} a positive number.`);
  }
  return value;
}

export function theme(value: unknown, origin: ValueOrigin): ThemeName {
  if (!THEMES.includes(value as ThemeName)) fail(origin, `${origin.name} must be one of ${THEMES.join(', ')}, not ${JSON.stringify(value)}.`, `Use ${THEMES.join(', ')}.`);
  return value as ThemeName;
}

export function aspect(value: unknown, origin: ValueOrigin): AspectRatio {
  if (!ASPECTS.includes(value as AspectRatio)) fail(origin, `${origin.name} must be "16:9" or "4:3", not ${JSON.stringify(value)}.`, 'Quote the ratio, e.g. aspect: "16:9".');
  return value as AspectRatio;
}

/** Checks the options a caller passed; throws DeckError code OPTION. */
export function validateOptions(options: CompileOptions, file: string): void {
  const origin = (name: string): ValueOrigin => ({ file, code: 'OPTION', name });
  if (options.rate?.cjkPerMinute !== undefined) positiveNumber(options.rate.cjkPerMinute, origin('rate (characters per minute)'), 2000);
  if (options.rate?.wordsPerMinute !== undefined) positiveNumber(options.rate.wordsPerMinute, origin('rate (words per minute)'), 1000);
  if (options.targetSeconds !== undefined) positiveNumber(options.targetSeconds, origin('target (seconds)'), 24 * 3600);
  if (options.maxSlideSeconds !== undefined) positiveNumber(options.maxSlideSeconds, origin('maximum seconds per slide'), 3600);
  if (options.theme !== undefined) theme(options.theme, origin('theme'));
  if (options.aspect !== undefined) aspect(options.aspect, origin('aspect'));
}

/** The reading rate in force: options over front matter over the defaults. */
export function resolveRate(fromFile: Partial<ReadingRate>, options: CompileOptions): ReadingRate {
  return {
    cjkPerMinute: options.rate?.cjkPerMinute ?? fromFile.cjkPerMinute ?? DEFAULT_RATE.cjkPerMinute,
    wordsPerMinute: options.rate?.wordsPerMinute ?? fromFile.wordsPerMinute ?? DEFAULT_RATE.wordsPerMinute,
  };
}
