import type { RegisterCommand } from './command.ts';
import { registerBuild } from './build.ts';
import { registerDeck } from './deck.ts';
import { registerExport } from './export.ts';
import { registerImport } from './import.ts';
import { registerInfo } from './info.ts';

/** The CLI's commands, in the order `podium --help` lists them. A new command is one module and one line here. */
export const COMMANDS: RegisterCommand[] = [registerInfo, registerDeck, registerImport, registerBuild, registerExport];
