import { InvalidArgumentError, Option } from 'commander';
import type { Command } from 'commander';
import type { AspectRatio, CompileOptions } from '../core/model.ts';
import { ALL_THEMES, resolveTheme } from '../core/themes.ts';
import { deckErrorText, isDeckError, parseDuration } from '../core/index.ts';
import type { CliText } from './cli-text.ts';

/** The options every command that compiles a deck accepts, and how they become CompileOptions. */

export interface DeckCliOptions {
  rate?: number;
  wpm?: number;
  target?: number;
  /** As typed: resolved by resolveTheme (any case, reveal.js names, unknown → default with a notice). */
  theme?: string;
  aspect?: AspectRatio;
}

const ASPECTS: AspectRatio[] = ['16:9', '4:3'];

function rateParser(text: CliText, unit: 'cli.unit.characters' | 'cli.unit.words', min: number, max: number) {
  return (value: string): number => {
    const rate = Number(value);
    if (!/^\d+(\.\d+)?$/.test(value.trim()) || rate < min || rate > max) {
      throw new InvalidArgumentError(text.t('cli.opt.rateInvalid', { unit: text.t(unit), min, max }));
    }
    return rate;
  };
}

function targetParser(text: CliText) {
  return (value: string): number => {
    let seconds: number | undefined;
    try {
      seconds = parseDuration(value, { file: '--target', code: 'OPTION', name: '--target' });
    } catch (error) {
      if (!isDeckError(error)) throw error;
      const said = deckErrorText(error.details, text.lang);
      throw new InvalidArgumentError(`${said.message} ${said.hint}`);
    }
    if (seconds === undefined || seconds <= 0) throw new InvalidArgumentError(text.t('cli.opt.targetInvalid'));
    return seconds;
  };
}

export function addDeckOptions(command: Command, text: CliText): Command {
  return command
    .addOption(new Option('--rate <cpm>', text.t('cli.opt.rate')).argParser(rateParser(text, 'cli.unit.characters', 60, 1000)))
    .addOption(new Option('--wpm <wpm>', text.t('cli.opt.wpm')).argParser(rateParser(text, 'cli.unit.words', 30, 600)))
    .addOption(new Option('--target <duration>', text.t('cli.opt.target')).argParser(targetParser(text)))
    .addOption(new Option('--theme <theme>', text.t('cli.opt.theme', { themes: ALL_THEMES.join(', ') })))
    .addOption(new Option('--aspect <ratio>', text.t('cli.opt.aspect')).choices(ASPECTS));
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
  if (options.theme !== undefined) compile.theme = resolveTheme(options.theme).theme;
  if (options.aspect !== undefined) compile.aspect = options.aspect;
  return compile;
}
