import { describe, expect, it } from 'vitest';
import { locateOffice, standardOfficePaths, type OfficeLookup } from './find-office.ts';

/** A machine where exactly `programs` exist, and /opt holds `opt`. */
function machine(platform: NodeJS.Platform, env: OfficeLookup['env'], programs: string[], opt: string[] = []): OfficeLookup {
  return { platform, env, isProgram: (path) => programs.includes(path), list: (dir) => (dir === '/opt' ? opt : []) };
}

describe('finding LibreOffice (soffice)', () => {
  it('Linux: PATH first (soffice, then libreoffice), then the distribution and libreoffice.org folders', () => {
    expect(locateOffice(machine('linux', { PATH: '/usr/local/bin:/usr/bin' }, ['/usr/bin/soffice', '/usr/bin/libreoffice']))).toEqual({ path: '/usr/bin/soffice', from: 'path' });
    expect(locateOffice(machine('linux', { PATH: '/usr/bin' }, ['/usr/bin/libreoffice']))).toEqual({ path: '/usr/bin/libreoffice', from: 'path' });
    // Started from a desktop with a short PATH: the standard folders.
    expect(locateOffice(machine('linux', { PATH: '/bin' }, ['/usr/lib/libreoffice/program/soffice']))).toEqual({ path: '/usr/lib/libreoffice/program/soffice', from: 'standard' });
    // libreoffice.org's packages: the newest /opt/libreoffice<version> (7.10 is newer than 7.6).
    const opt = ['libreoffice7.6', 'libreoffice7.10', 'google', 'libreoffice'];
    expect(standardOfficePaths(machine('linux', {}, [], opt)).filter((p) => p.startsWith('/opt'))).toEqual(['/opt/libreoffice7.10/program/soffice', '/opt/libreoffice7.6/program/soffice']);
    expect(locateOffice(machine('linux', {}, ['/opt/libreoffice7.6/program/soffice', '/opt/libreoffice7.10/program/soffice'], opt))).toEqual({ path: '/opt/libreoffice7.10/program/soffice', from: 'standard' });
    expect(locateOffice(machine('linux', { PATH: '/usr/bin' }, []))).toBeUndefined();
  });

  it('Windows: soffice.exe on Path, else Program Files (64-bit, then x86), with the defaults when the variables are missing', () => {
    const env = { Path: 'C:\\Windows\\system32;D:\\Tools\\LO\\program', ProgramFiles: 'C:\\Program Files', 'ProgramFiles(x86)': 'C:\\Program Files (x86)' };
    expect(locateOffice(machine('win32', env, ['D:\\Tools\\LO\\program\\soffice.exe']))).toEqual({ path: 'D:\\Tools\\LO\\program\\soffice.exe', from: 'path' });
    expect(locateOffice(machine('win32', env, ['C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe']))).toEqual({
      path: 'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe',
      from: 'standard',
    });
    expect(standardOfficePaths(machine('win32', { ProgramFiles: 'E:\\Apps' }, []))).toEqual([
      'E:\\Apps\\LibreOffice\\program\\soffice.exe',
      'C:\\Program Files\\LibreOffice\\program\\soffice.exe',
      'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe',
    ]);
  });

  it('macOS: the app bundle in /Applications or ~/Applications (a Finder-started app has no Homebrew PATH)', () => {
    expect(locateOffice(machine('darwin', { PATH: '/usr/bin:/bin', HOME: '/Users/wang' }, ['/Applications/LibreOffice.app/Contents/MacOS/soffice']))).toEqual({
      path: '/Applications/LibreOffice.app/Contents/MacOS/soffice',
      from: 'standard',
    });
    expect(locateOffice(machine('darwin', { HOME: '/Users/wang' }, ['/Users/wang/Applications/LibreOffice.app/Contents/MacOS/soffice']))).toEqual({
      path: '/Users/wang/Applications/LibreOffice.app/Contents/MacOS/soffice',
      from: 'standard',
    });
  });

  it('PODIUM_SOFFICE names the program outright (even one that is not there, so the user hears it cannot start) or turns it off', () => {
    const installed = ['/usr/bin/soffice'];
    expect(locateOffice(machine('linux', { PATH: '/usr/bin', PODIUM_SOFFICE: '/srv/lo/soffice' }, installed))).toEqual({ path: '/srv/lo/soffice', from: 'env' });
    expect(locateOffice(machine('linux', { PATH: '/usr/bin', PODIUM_SOFFICE: 'off' }, installed))).toBe('off');
    expect(locateOffice(machine('linux', { PATH: '/usr/bin', PODIUM_SOFFICE: ' ' }, installed))).toEqual({ path: '/usr/bin/soffice', from: 'path' });
  });
});
