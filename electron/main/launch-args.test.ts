import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { launchData, parseLaunchArgs, readLaunchData } from './launch-args.ts';

describe('parseLaunchArgs', () => {
  const cwd = path.resolve('/home/op');

  it('development: skips electron and the app path', () => {
    expect(parseLaunchArgs(['/x/electron', 'dist/electron/main/main.js', 'reports/报告.docx'], { packaged: false, cwd })).toEqual({
      file: path.join(cwd, 'reports', '报告.docx'),
    });
    expect(parseLaunchArgs(['/x/electron', '.'], { packaged: false, cwd })).toEqual({});
  });

  it('packaged: the first plain argument is the file', () => {
    expect(parseLaunchArgs(['/opt/Podium/podium', '/data/a.txt'], { packaged: true, cwd })).toEqual({ file: path.resolve('/data/a.txt') });
    expect(parseLaunchArgs(['/opt/Podium/podium'], { packaged: true, cwd })).toEqual({});
  });

  it('ignores Chromium and Electron switches around the file', () => {
    const argv = ['/opt/podium', '--no-sandbox', '--original-process-start-time=123', 'a.md', '--enable-logging'];
    expect(parseLaunchArgs(argv, { packaged: true, cwd })).toEqual({ file: path.join(cwd, 'a.md') });
  });

  it('takes --lang zh|en (the file is not its value)', () => {
    expect(parseLaunchArgs(['/opt/podium', '--lang', 'en', 'a.md'], { packaged: true, cwd })).toEqual({ file: path.join(cwd, 'a.md'), lang: 'en' });
    expect(parseLaunchArgs(['/opt/podium', 'a.md', '--lang=zh'], { packaged: true, cwd })).toEqual({ file: path.join(cwd, 'a.md'), lang: 'zh-CN' });
    expect(parseLaunchArgs(['/opt/podium', '--lang', 'fr'], { packaged: true, cwd })).toEqual({});
  });
});

describe('second launch: the file travels in requestSingleInstanceLock additional data', () => {
  it('round-trips through JSON, as Electron sends it', () => {
    const file = path.resolve('/data/政府工作报告.docx');
    const sent = JSON.parse(JSON.stringify(launchData({ file }))) as unknown;
    expect(readLaunchData(sent)).toEqual({ file });
    expect(readLaunchData(JSON.parse(JSON.stringify(launchData({}))))).toEqual({});
  });

  it('anything that is not our request asks only to bring the show forward', () => {
    expect(readLaunchData(undefined)).toEqual({});
    expect(readLaunchData(null)).toEqual({});
    expect(readLaunchData('report.md')).toEqual({});
    expect(readLaunchData({ file: '/data/a.md' })).toEqual({});
    expect(readLaunchData({ podiumLaunch: 1, file: 'relative/a.md' })).toEqual({});
    expect(readLaunchData({ podiumLaunch: 1, file: 42 })).toEqual({});
  });
});
