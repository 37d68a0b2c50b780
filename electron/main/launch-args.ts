/**
 * The report file named on the command line, wherever Electron puts it:
 * `electron dist/electron/main/main.js report.docx` in development, `podium report.docx`
 * packaged, or a second instance's argv. Chromium and Electron switches are skipped.
 */
import path from 'node:path';
import type { UiLang } from '../common/contract.ts';
import { langFromOption } from '../../slides/core/messages/locale.ts';

export interface LaunchArgs {
  file?: string;
  /** `--lang zh|en`: the UI language the user asked for on the command line. */
  lang?: UiLang;
}

export function parseLaunchArgs(argv: readonly string[], options: { packaged: boolean; cwd: string }): LaunchArgs {
  // argv[0] is the executable; unpackaged, argv[1] is the app (main script or folder).
  const rest = argv.slice(options.packaged ? 1 : 2);
  let lang: UiLang | undefined;
  let file: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--lang') lang = langFromOption(rest[++i] ?? '') ?? lang;
    else if (arg.startsWith('--lang=')) lang = langFromOption(arg.slice('--lang='.length)) ?? lang;
    else if (file === undefined && arg !== '' && !arg.startsWith('-')) file = arg;
  }
  return { ...(file === undefined ? {} : { file: path.resolve(options.cwd, file) }), ...(lang ? { lang } : {}) };
}
