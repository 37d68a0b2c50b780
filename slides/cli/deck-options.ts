import { InvalidArgumentError, Option } from 'commander';
import type { Command } from 'commander';
import type { AspectRatio, CompileOptions, ThemeName } from '../core/model.ts';
import { isDeckError, parseDuration } from '../core/index.ts';

/** The options every command that compiles a deck accepts, and how they become CompileOptions. */

export interface DeckCliOptions {
  rate?: number;
  wpm?: number;
  target?: number;
  theme?: ThemeName;
  aspect?: AspectRatio;
}

const THEMES: ThemeName[] = ['official', 'light', 'dark'];
const ASPECTS: AspectRatio[] = ['16:9', '4:3'];

function rateParser(unit: string, min: number, max: number) {
  return (value: string): number => {
    const rate = Number(value);
    if (!/^\d+(\.\d+)?$/.test(value.trim()) || rate < min || rate > max) {
      throw new InvalidArgumentError(`Give ${unit} per minute as a number from ${min} to ${max}.`);
    }
    return rate;
  };
}

function targetParser(value: string): number {
  let seconds: number | undefined;
  try {
    seconds = parseDuration(value, { file: '--target', code: 'OPTION', name: '--target' });
  } catch (error) {
    if (isDeckError(error)) throw new InvalidArgumentError(`${error.details.message} ${error.details.hint}`);
    throw error;
  }
  if (seconds === undefined || seconds <= 0) {
    throw new InvalidArgumentError('Give the target as minutes ("50", "50m") or as mm:ss / h:mm:ss ("50:00", "1:05:00").');
  }
  return seconds;
}

export function addDeckOptions(command: Command): Command {
  return command
    .addOption(new Option('--rate <cpm>', 'reading rate for Chinese, characters per minute (default 220, or the front matter\'s)').argParser(rateParser('characters', 60, 1000)))
    .addOption(new Option('--wpm <wpm>', 'reading rate for English, words per minute (default 140, or the front matter\'s)').argParser(rateParser('words', 30, 600)))
    .addOption(new Option('--target <duration>', 'target duration of the reading: minutes or mm:ss').argParser(targetParser))
    .addOption(new Option('--theme <theme>', 'slide theme').choices(THEMES))
    .addOption(new Option('--aspect <ratio>', 'slide aspect ratio').choices(ASPECTS));
}

export function compileOptionsFrom(options: DeckCliOptions): CompileOptions {
  const compile: CompileOptions = {};
  if (options.rate !== undefined || options.wpm !== undefined) {
    compile.rate = {
      ...(options.rate !== undefined ? { cjkPerMinute: options.rate } : {}),
      ...(options.wpm !== undefined ? { wordsPerMinute: options.wpm } : {}),
    };
  }
  if (options.target !== undefined) compile.targetSeconds = options.target;
  if (options.theme !== undefined) compile.theme = options.theme;
  if (options.aspect !== undefined) compile.aspect = options.aspect;
  return compile;
}
