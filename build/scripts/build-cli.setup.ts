/** Vitest global setup: compile the CLI from the current sources once, before any test spawns it. */
import { buildCli } from './build-cli.ts';

export default async function setup(): Promise<void> {
  await buildCli();
}
