#!/usr/bin/env node
// The package's `podium` command: runs the TypeScript CLI through tsx's loader, in this process.
import { register } from 'tsx/esm/api';

register();
await import('../slides/cli/main.ts');
