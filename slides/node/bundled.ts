import { fileURLToPath } from 'node:url';

/**
 * The deck the app opens when no file is given, and the example report it was
 * generated from (`podium import slides/default/town-congress-report.txt -o ...`).
 * Resolved from this module's location so they work from any working directory.
 */
export const BUNDLED_DECK_PATH = fileURLToPath(new URL('../default/town-congress-report.md', import.meta.url));
export const EXAMPLE_REPORT_PATH = fileURLToPath(new URL('../default/town-congress-report.txt', import.meta.url));
