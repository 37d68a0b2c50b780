import { accessSync, constants, readdirSync, statSync } from 'node:fs';
import { posix, win32 } from 'node:path';

/**
 * Where LibreOffice's `soffice` program is, so a .doc/.wps can be converted to .docx (which keeps
 * Word's automatic numbering and heading styles). An app started from the desktop often has a
 * short PATH (macOS gives GUI apps /usr/bin:/bin only), so the standard install folders of each
 * system are looked at after PATH. PODIUM_SOFFICE names the program outright (and "off" turns
 * the conversion off); a name that is not there then stays the answer, so the user is told it
 * could not be started rather than silently getting another copy.
 */

export interface OfficeLookup {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  /** Whether a path is an executable file. */
  isProgram: (path: string) => boolean;
  /** Names in a folder (for /opt/libreoffice7.6 …); empty when it cannot be read. */
  list: (dir: string) => string[];
}

export interface OfficeFound {
  path: string;
  /** How it was found: named by PODIUM_SOFFICE, on PATH, or in a standard install folder. */
  from: 'env' | 'path' | 'standard';
}

/** The env variable that names soffice (or, set to "off", turns the conversion off). */
export const OFFICE_ENV = 'PODIUM_SOFFICE';

/** Program names on PATH, in the order tried. */
function programNames(platform: NodeJS.Platform): string[] {
  return platform === 'win32' ? ['soffice.exe', 'soffice.com'] : ['soffice', 'libreoffice'];
}

/** Standard install places of LibreOffice on each system (newest versioned folders first on Linux). */
export function standardOfficePaths(lookup: Pick<OfficeLookup, 'platform' | 'env' | 'list'>): string[] {
  const { platform, env } = lookup;
  if (platform === 'win32') {
    const roots = [env.ProgramFiles, env.ProgramW6432, env['ProgramFiles(x86)'], 'C:\\Program Files', 'C:\\Program Files (x86)'];
    const unique = [...new Set(roots.filter((r): r is string => Boolean(r)))];
    return unique.map((root) => win32.join(root, 'LibreOffice', 'program', 'soffice.exe'));
  }
  if (platform === 'darwin') {
    const app = 'LibreOffice.app/Contents/MacOS/soffice';
    return [posix.join('/Applications', app), ...(env.HOME ? [posix.join(env.HOME, 'Applications', app)] : [])];
  }
  // libreoffice.org's own packages install to /opt/libreoffice<version>; distributions to /usr/lib.
  const versioned = lookup
    .list('/opt')
    .filter((name) => /^libreoffice\d/.test(name))
    .sort((a, b) => b.localeCompare(a, 'en', { numeric: true }))
    .map((name) => posix.join('/opt', name, 'program', 'soffice'));
  return [
    '/usr/bin/soffice',
    '/usr/lib/libreoffice/program/soffice',
    '/usr/lib64/libreoffice/program/soffice',
    '/usr/local/bin/soffice',
    ...versioned,
    '/snap/bin/libreoffice',
  ];
}

/** Where soffice is: PODIUM_SOFFICE, then PATH, then the standard folders; 'off' when turned off, undefined when none. */
export function locateOffice(lookup: OfficeLookup): OfficeFound | 'off' | undefined {
  const named = lookup.env[OFFICE_ENV]?.trim();
  if (named) return /^(?:off|none|0|false|no)$/i.test(named) ? 'off' : { path: named, from: 'env' };
  const path = lookup.platform === 'win32' ? win32 : posix;
  const pathVar = lookup.env.PATH ?? lookup.env.Path ?? '';
  const dirs = pathVar.split(lookup.platform === 'win32' ? ';' : ':').filter((dir) => dir !== '');
  for (const dir of dirs) {
    for (const name of programNames(lookup.platform)) {
      const candidate = path.join(dir, name);
      if (lookup.isProgram(candidate)) return { path: candidate, from: 'path' };
    }
  }
  const standard = standardOfficePaths(lookup).find((candidate) => lookup.isProgram(candidate));
  return standard ? { path: standard, from: 'standard' } : undefined;
}

/** This machine's file system, for locateOffice. */
export function systemLookup(): OfficeLookup {
  return {
    platform: process.platform,
    env: process.env,
    isProgram: (file) => {
      try {
        if (!statSync(file).isFile()) return false;
        if (process.platform !== 'win32') accessSync(file, constants.X_OK);
        return true;
      } catch {
        return false;
      }
    },
    list: (dir) => {
      try {
        return readdirSync(dir);
      } catch {
        return [];
      }
    },
  };
}

/** soffice on this machine (see locateOffice). */
export function findOffice(): OfficeFound | 'off' | undefined {
  return locateOffice(systemLookup());
}
