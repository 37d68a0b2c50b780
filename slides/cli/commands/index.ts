import type { RegisterCommand } from './command.ts';

/**
 * The CLI's commands, in the order `podium --help` lists them. A new command is one
 * module and one line here. Modules load on demand, so `podium info` does not pay
 * for what `podium export` needs (a browser driver, PPTX writer, …).
 */
export const COMMANDS: Readonly<Record<string, () => Promise<RegisterCommand>>> = {
  info: async () => (await import('./info.ts')).registerInfo,
  deck: async () => (await import('./deck.ts')).registerDeck,
  import: async () => (await import('./import.ts')).registerImport,
  build: async () => (await import('./build.ts')).registerBuild,
  export: async () => (await import('./export.ts')).registerExport,
  aids: async () => (await import('./aids.ts')).registerAids,
  check: async () => (await import('./check.ts')).registerCheck,
};
