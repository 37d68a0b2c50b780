// The `podium` command (bin/podium.js and `npm run podium` start here).
// `podium --version` alone is answered before the argument parser and the message catalogue
// load (what commander would print: the version and a newline); everything else goes to runCli.
import { setFlagsFromString } from 'node:v8';
import { processIo } from './io.ts';

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  const { packageVersion } = await import('../node/package-root.ts');
  process.stdout.write(`${packageVersion()}\n`);
} else {
  // A run lasts seconds: WebAssembly (HarfBuzz's subsetter, when an export cuts fonts) stays on V8's
  // baseline compiler. Optimising its ~700 KB in the background cost ~0.25 s of CPU per export,
  // more than all of a run's font cuts take without it (~10 ms each).
  setFlagsFromString('--liftoff-only');
  const { runCli } = await import('./program.ts');
  process.exitCode = await runCli(argv, processIo);
}
