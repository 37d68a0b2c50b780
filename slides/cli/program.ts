import { Command, CommanderError } from 'commander';
import { DeckError } from '../core/errors.ts';
import { CliError, EXIT_INPUT, EXIT_OK, EXIT_USAGE, exitCodeOf, formatError } from './cli-error.ts';
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
export async function createProgram(io: CliIo, argv: readonly string[] = []): Promise<Command> {
  const program = new Command('podium')
    .description('Podium (讲台): turns a report read aloud into a presentation — slides for the hall, the full text as speaker notes, timings.')
    .version(packageVersion(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .helpCommand('help [command]', 'show help for a command')
    .configureOutput({
      writeOut: (text) => io.out(text),
      writeErr: (text) => io.err(text),
      outputError: (text, write) => write(`podium: ${text}`),
    })
    .showHelpAfterError('(run "podium --help" for usage)')
    .addHelpText('after', [
      '',
      'Examples:',
      '  podium info report.docx --target 50         outline and timings against a 50-minute slot',
      '  podium import report.txt -o deck.md         the planned deck as Markdown, to edit',
      '  podium build deck.md -o deck                a static deck: open deck/index.html',
      '',
      'Exit codes: 0 done, 1 a problem with the input or output file, 2 a problem with the command line.',
    ].join('\n'))
    .exitOverride();
  const named = commandNamed(argv);
  const versionOnly = argv[0] === '-V' || argv[0] === '--version';
  const names = named ? [named] : versionOnly ? [] : Object.keys(COMMANDS);
  for (const register of await Promise.all(names.map((name) => COMMANDS[name]!()))) register(program, io);
  return program;
}

/** Runs the CLI on `argv` (without node and script) and returns the exit code; never calls process.exit. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const program = await createProgram(io, argv);
  if (argv.length === 0) {
    io.err(program.helpInformation());
    return EXIT_USAGE;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
    return EXIT_OK;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    if (error instanceof DeckError || error instanceof CliError) {
      io.err(formatError(error));
      return exitCodeOf(error);
    }
    io.err(`podium: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n  This is a bug in Podium; please report it with the command you ran.\n`);
    return EXIT_INPUT;
  }
}
