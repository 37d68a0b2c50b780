/**
 * The report a launch asks for. The first instance reads its own argv
 * (`electron dist/electron/main/main.js report.docx` in development, `podium report.docx`
 * packaged; Chromium and Electron switches skipped). A second launch hands its request to
 * the running instance through `app.requestSingleInstanceLock(additionalData)`, never through
 * the argv of `second-instance`: Electron documents that those may be reordered and appended to.
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

/** What a launch sends the running instance (JSON, as requestSingleInstanceLock requires). */
export interface LaunchData {
  podiumLaunch: 1;
  file?: string;
}

export function launchData(launch: LaunchArgs): LaunchData {
  return launch.file === undefined ? { podiumLaunch: 1 } : { podiumLaunch: 1, file: launch.file };
}

/**
 * The request in a `second-instance` event's additionalData. Anything else (no data, another
 * shape, a relative path) asks for nothing but to bring the show to the front.
 */
export function readLaunchData(additionalData: unknown): LaunchArgs {
  if (typeof additionalData !== 'object' || additionalData === null) return {};
  const { podiumLaunch, file } = additionalData as Partial<Record<keyof LaunchData, unknown>>;
  if (podiumLaunch !== 1 || typeof file !== 'string' || !path.isAbsolute(file)) return {};
  return { file };
}
