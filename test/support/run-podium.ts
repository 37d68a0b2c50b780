/** `podium …` run in-process for the end-to-end tests, its output collected, in a locale of the test's choosing. */
import { runCli } from '../../slides/cli/program.ts';

export interface PodiumRun {
  code: number;
  out: string;
  err: string;
}

/** A `podium(...args)` that runs under `LANG` (tests matching messages fix the language, whatever the machine's). */
export function podiumIn(LANG: string): (...args: string[]) => Promise<PodiumRun> {
  return async (...args) => {
    let out = '';
    let err = '';
    const code = await runCli(args, { out: (text) => void (out += text), err: (text) => void (err += text) }, { LANG });
    return { code, out, err };
  };
}
