/**
 * The CLI's language: `--lang zh|en` where given, else the system locale (LC_ALL, LC_MESSAGES,
 * LANG) — Chinese where it is Chinese, English otherwise. Everything the CLI prints comes from
 * the one catalogue through `CliText.t`; commander's own words (help headings, its parse
 * errors) are said again from the catalogue too.
 */
import { Help, type Option } from 'commander';
import { t, type MessageKey, type MessageValues, type UiLang } from '../core/messages/catalogue.ts';
import { langFromEnv, langFromOption } from '../core/messages/locale.ts';

export interface CliText {
  readonly lang: UiLang;
  t(key: MessageKey, values?: MessageValues): string;
}

export function cliText(lang: UiLang): CliText {
  return { lang, t: (key, values) => t(lang, key, values) };
}

export interface LangChoice {
  lang: UiLang;
  /** argv without `--lang X` / `--lang=X` (the option is read here, before commander). */
  argv: string[];
  /** The value given to --lang when it is not zh or en. */
  invalid?: string;
}

/**
 * Reads `--lang` out of argv (anywhere before a `--`), so the help and every message of the run
 * are in that language from the start. A bad or missing value falls back to the locale and is
 * reported as a usage error by the caller.
 */
export function chooseLang(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): LangChoice {
  const rest: string[] = [];
  let given: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    if (arg === '--lang') {
      given = argv[i + 1] ?? '';
      i++;
    } else if (arg.startsWith('--lang=')) {
      given = arg.slice('--lang='.length);
    } else {
      rest.push(arg);
    }
  }
  const fromEnv = langFromEnv(env);
  if (given === undefined) return { lang: fromEnv, argv: rest };
  const chosen = langFromOption(given);
  return chosen ? { lang: chosen, argv: rest } : { lang: fromEnv, argv: rest, invalid: given };
}

/** commander's help in the catalogue's words: headings, and the "(default: …)" / "(choices: …)" notes. */
export function localizedHelp(text: CliText): Partial<Help> {
  const titles: Record<string, MessageKey> = {
    'Usage:': 'cli.help.usage',
    'Options:': 'cli.help.options',
    'Commands:': 'cli.help.commands',
    'Arguments:': 'cli.help.arguments',
    'Global Options:': 'cli.help.globalOptions',
  };
  const base = new Help();
  return {
    styleTitle: (title: string) => (titles[title] ? text.t(titles[title]) : title),
    optionDescription(option: Option): string {
      const notes: string[] = [];
      if (option.argChoices) notes.push(text.t('cli.help.choices', { values: option.argChoices.join(', ') }));
      if (option.defaultValue !== undefined && (option.required || option.optional)) {
        notes.push(text.t('cli.help.default', { value: option.defaultValueDescription ?? JSON.stringify(option.defaultValue) }));
      }
      if (notes.length === 0) return base.optionDescription(option);
      return text.t('cli.help.notes', { description: option.description, notes: notes.join(text.t('cli.help.separator')) });
    },
  };
}

/** A commander parse error (English, "error: unknown option '--x'") in the catalogue's words. */
export function localizeCommanderError(message: string, text: CliText): string {
  if (text.lang === 'en') return message;
  const [first = '', ...more] = message.trimEnd().split('\n');
  const suggestion = /^\(Did you mean (?:one of )?(.+)\?\)$/.exec(more.join(' ').trim());
  const tail = suggestion ? ` ${text.t('cli.error.didYouMean', { suggestion: suggestion[1]! })}` : '';
  const patterns: [RegExp, (m: RegExpExecArray) => string][] = [
    [/^error: unknown option '(.+)'$/, (m) => text.t('cli.error.unknownOption', { option: m[1]! })],
    [/^error: unknown command '(.+)'$/, (m) => text.t('cli.error.unknownCommand', { command: m[1]! })],
    [/^error: missing required argument '(.+)'$/, (m) => text.t('cli.error.missingArgument', { argument: m[1]! })],
    [/^error: required option '(.+)' not specified$/, (m) => text.t('cli.error.missingOption', { option: m[1]! })],
    [/^error: option '(.+)' argument missing$/, (m) => text.t('cli.error.optionArgument', { option: m[1]! })],
    [/^error: too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got \d+\.$/, (m) => text.t('cli.error.tooManyArguments', { command: m[1] ?? 'podium', expected: m[2]! })],
    [/^error: option '(.+)' argument '(.*)' is invalid\. Allowed choices are (.+)\.$/, (m) => text.t('cli.error.invalidChoice', { option: m[1]!, value: m[2]!, choices: m[3]! })],
    [/^error: option '(.+)' argument '(.*)' is invalid\. (.+)$/, (m) => text.t('cli.error.invalidValue', { option: m[1]!, value: m[2]!, reason: m[3]! })],
  ];
  for (const [pattern, say] of patterns) {
    const match = pattern.exec(first);
    if (match) return `${text.t('cli.error.prefix')}${say(match)}${tail}\n`;
  }
  return message;
}
