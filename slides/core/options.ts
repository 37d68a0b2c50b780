/**
 * Validation of compile options and front matter values: every bad value is a DeckError with the
 * file, what is wrong and what to do, never a silently ignored setting.
 */
import { DeckError, type DeckErrorCode } from './errors.ts';
import { ALL_THEMES, isThemeName } from './themes.ts';
import type { MessageKey, MessageRef, MessageValues } from './messages/catalogue.ts';
import { DEFAULT_RATE, type AspectRatio, type CompileOptions, type ReadingRate, type ThemeName } from './model.ts';

export const DEFAULT_MAX_SLIDE_SECONDS = 90;

const ASPECTS: readonly AspectRatio[] = ['16:9', '4:3'];

/** Where a value came from, for the message: an option, or a front matter line. */
export interface ValueOrigin {
  file: string;
  code: DeckErrorCode;
  line?: number;
  /** How the user names the setting, e.g. `rate` or `--rate`, or a message that describes it. */
  name: string | MessageRef;
}

/** Throws the DeckError for a bad value: message and hint keys, with `{name}` filled from the origin. */
export function fail(origin: ValueOrigin, message: MessageKey, hint: MessageKey, values: MessageValues = {}): never {
  const all = { name: origin.name, ...values };
  const details = { code: origin.code, file: origin.file, message: { key: message, values: all }, hint: { key: hint, values: all } } as const;
  throw new DeckError(origin.line !== undefined ? { ...details, line: origin.line } : details);
}

const shown = (value: unknown): string => JSON.stringify(value) ?? String(value);

export function positiveNumber(value: unknown, origin: ValueOrigin, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > max) {
    fail(origin, 'error.option.number', 'error.option.number.hint', { max, value: shown(value) });
  }
  return value;
}

/** A theme option a program passes must be a theme's exact name (the CLI resolves what users type first). */
export function theme(value: unknown, origin: ValueOrigin): ThemeName {
  if (!isThemeName(value)) fail(origin, 'error.option.theme', 'error.option.theme.hint', { themes: ALL_THEMES.join(', '), value: shown(value) });
  return value;
}

export function aspect(value: unknown, origin: ValueOrigin): AspectRatio {
  if (!ASPECTS.includes(value as AspectRatio)) fail(origin, 'error.option.aspect', 'error.option.aspect.hint', { value: shown(value) });
  return value as AspectRatio;
}

/** Checks the options a caller passed; throws DeckError code OPTION. */
export function validateOptions(options: CompileOptions, file: string): void {
  const origin = (name: string | MessageRef): ValueOrigin => ({ file, code: 'OPTION', name });
  if (options.rate?.cjkPerMinute !== undefined) positiveNumber(options.rate.cjkPerMinute, origin({ key: 'error.name.rateCjk' }), 2000);
  if (options.rate?.wordsPerMinute !== undefined) positiveNumber(options.rate.wordsPerMinute, origin({ key: 'error.name.rateWords' }), 1000);
  if (options.targetSeconds !== undefined) positiveNumber(options.targetSeconds, origin({ key: 'error.name.targetSeconds' }), 24 * 3600);
  if (options.maxSlideSeconds !== undefined) positiveNumber(options.maxSlideSeconds, origin({ key: 'error.name.maxSlideSeconds' }), 3600);
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
