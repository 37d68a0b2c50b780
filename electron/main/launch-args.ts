/**
 * The report file named on the command line, wherever Electron puts it:
 * `electron dist/electron/main/main.js report.docx` in development, `podium report.docx`
 * packaged, or a second instance's argv. Chromium and Electron switches are skipped.
 */
import path from 'node:path';

export interface LaunchArgs {
  file?: string;
}

export function parseLaunchArgs(argv: readonly string[], options: { packaged: boolean; cwd: string }): LaunchArgs {
  // argv[0] is the executable; unpackaged, argv[1] is the app (main script or folder).
  const rest = argv.slice(options.packaged ? 1 : 2);
  const file = rest.find((arg) => arg !== '' && !arg.startsWith('-'));
  return file === undefined ? {} : { file: path.resolve(options.cwd, file) };
}
