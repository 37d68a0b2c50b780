#!/usr/bin/env node
// The package's `podium` command: the compiled CLI (dist/cli, made by `npm run build:cli`, which
// `npm ci` and `npm install` run as the `prepare` script).
/* global process */
try {
  await import('../dist/cli/main.js');
} catch (error) {
  const missing = error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/cli/main.js');
  if (!missing) throw error;
  process.stderr.write(
    'podium: the command line is not built yet (dist/cli/main.js is missing).\n' +
    '  Run "npm run build:cli" in the Podium folder once (npm ci does it), then try again.\n',
  );
  process.exitCode = 1;
}
