import { Command, CommanderError } from 'commander';
import { DeckError } from '../core/errors.ts';
import { CliError, EXIT_INPUT, EXIT_OK, EXIT_USAGE, ExitCode, exitCodeOf, formatError } from './cli-error.ts';
import { chooseLang, cliText, localizeCommanderError, localizedHelp, type CliText } from './cli-text.ts';
import { COMMANDS } from './commands/index.ts';
import type { CliIo } from './io.ts';
import { packageVersion } from '../node/package-root.ts';

/** The command `argv` runs (also through `help <command>`), when it names one. */
function commandNamed(argv: readonly string[]): string | undefined {
  const [first, second] = argv;
  const name = first === 'help' ? second : first;
  return name !== undefined && Object.hasOwn(COMMANDS, name) ? name : undefined;
}

/** The program with the commands `argv` needs: the one it names, or all of them (for help and suggestions). */
export async function createProgram(io: CliIo, argv: readonly string[] = [], text: CliText = cliText('en')): Promise<Command> {
  const program = new Command('podium')
    .description(text.t('cli.description'))
    .version(packageVersion(), '-V, --version', text.t('cli.version'))
    .helpOption('-h, --help', text.t('cli.help'))
    .helpCommand('help [command]', text.t('cli.helpCommand'))
    // Read before commander parses (see chooseLang); listed here so --help shows it.
    .option('--lang <zh|en>', text.t('cli.lang'))
    .configureHelp(localizedHelp(text))
    .configureOutput({
      writeOut: (out) => io.out(out),
      writeErr: (err) => io.err(err),
      outputError: (error, write) => write(`podium: ${localizeCommanderError(error, text)}`),
    })
    .showHelpAfterError(text.t('cli.afterError'))
    .addHelpText('after', [
      '',
      text.t('cli.examples'),
      `  podium info report.docx --target 50         ${text.t('cli.example.info')}`,
      `  podium import report.txt -o deck.md         ${text.t('cli.example.import')}`,
      `  podium build deck.md -o deck                ${text.t('cli.example.build')}`,
      `  podium check deck.md                        ${text.t('cli.example.check')}`,
      '',
      text.t('cli.exitCodes'),
    ].join('\n'))
    .exitOverride();
  const named = commandNamed(argv);
  const versionOnly = argv[0] === '-V' || argv[0] === '--version';
  const names = named ? [named] : versionOnly ? [] : Object.keys(COMMANDS);
  for (const register of await Promise.all(names.map((name) => COMMANDS[name]!()))) register(program, io, text);
  return program;
}

/**
 * Runs the CLI on `argv` (without node and script) and returns the exit code; never calls process.exit.
 * `env` decides the language where `--lang` does not (LC_ALL, LC_MESSAGES, LANG).
 */
export async function runCli(rawArgv: string[], io: CliIo, env: Readonly<Record<string, string | undefined>> = process.env): Promise<number> {
  const { lang, argv, invalid } = chooseLang(rawArgv, env);
  const text = cliText(lang);
  if (invalid !== undefined) {
    io.err(`podium: ${text.t('cli.error.lang', { value: JSON.stringify(invalid) })}\n${text.t('cli.afterError')}\n`);
    return EXIT_USAGE;
  }
  const program = await createProgram(io, argv, text);
  if (argv.length === 0) {
    io.err(program.helpInformation());
    return EXIT_USAGE;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
    return EXIT_OK;
  } catch (error) {
    if (error instanceof ExitCode) return error.code;
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    if (error instanceof DeckError || error instanceof CliError) {
      io.err(formatError(error, lang));
      return exitCodeOf(error);
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.err(`podium: ${text.t('cli.internal', { detail })}\n  ${text.t('cli.internal.hint')}\n`);
    return EXIT_INPUT;
  }
}
