import { describe, expect, it } from 'vitest';
import { chooseOfficialFaces, describeOfficialFaces, roleCandidates, systemRoles } from './official-faces.ts';
import type { InstalledFont } from './official-faces.ts';

const font = (file: string, names: string[], index = 0): InstalledFont => ({ names, file, index });

/** A Windows machine with WPS: the GB2312 faces beside the Windows ones, and 方正小标宋. */
const WINDOWS_WPS = [
  font('C:\\Windows\\Fonts\\simsun.ttc', ['SimSun', '宋体']),
  font('C:\\Windows\\Fonts\\simfang.ttf', ['FangSong', '仿宋']),
  font('C:\\Windows\\Fonts\\simhei.ttf', ['SimHei', '黑体']),
  font('C:\\Windows\\Fonts\\simkai.ttf', ['KaiTi', '楷体']),
  font('C:\\Windows\\Fonts\\FS_GB2312.ttf', ['FangSong_GB2312', '仿宋_GB2312']),
  font('C:\\Windows\\Fonts\\FZXBSJW.TTF', ['FZXiaoBiaoSong-B05S', '方正小标宋简体']),
];

const all = async (): Promise<boolean> => true;

describe('the official copy\'s faces', () => {
  it('takes each role from the computer\'s fonts, the GB2312 faces first', async () => {
    const faces = await chooseOfficialFaces(WINDOWS_WPS, all);
    expect(faces.title).toMatchObject({ source: 'system', name: '方正小标宋简体', file: 'C:\\Windows\\Fonts\\FZXBSJW.TTF' });
    expect(faces.body).toMatchObject({ source: 'system', name: '仿宋_GB2312', file: 'C:\\Windows\\Fonts\\FS_GB2312.ttf' });
    expect(faces.heading1).toMatchObject({ source: 'system', name: '黑体' });
    expect(faces.heading2).toMatchObject({ source: 'system', name: '楷体' });
    expect(systemRoles(faces)).toEqual(['title', 'body', 'heading1', 'heading2']);
    expect(describeOfficialFaces(faces, 'zh-CN')).toBe('公文版字体：标题 方正小标宋简体（本机字体）；正文 仿宋_GB2312（本机字体）；一级标题 黑体（本机字体）；二级标题 楷体（本机字体）');
  });

  it('matches names as fontconfig does (case, spaces, hyphens, underscores) and keeps a collection\'s face index', async () => {
    const linux = [font('/usr/share/fonts/truetype/arphic/ukai.ttc', ['AR PL UKai TW', '文鼎ＰＬ中楷'], 0), font('/usr/share/fonts/truetype/arphic/ukai.ttc', ['AR PL UKai CN', '文鼎ＰＬ简中楷'], 2), font('/opt/kingsoft/fonts/fangsong.ttf', ['fangsong gb2312'])];
    expect(roleCandidates(linux, 'heading2')).toEqual([{ font: linux[1], name: 'AR PL UKai CN' }]);
    const faces = await chooseOfficialFaces(linux, all);
    expect(faces.heading2).toMatchObject({ source: 'system', file: '/usr/share/fonts/truetype/arphic/ukai.ttc', index: 2 });
    expect(faces.body).toMatchObject({ source: 'system', name: 'FangSong_GB2312', file: '/opt/kingsoft/fonts/fangsong.ttf' });
  });

  it('falls back to the bundled Noto faces with a note where the computer has none, or only ones that forbid embedding', async () => {
    const noEmbedding = async (candidate: InstalledFont): Promise<boolean> => !candidate.file.endsWith('simhei.ttf');
    const faces = await chooseOfficialFaces([font('/x/simhei.ttf', ['SimHei']), font('/x/NotoSansCJK.ttc', ['Noto Sans CJK SC'])], noEmbedding);
    expect(faces.heading1).toEqual({ role: 'heading1', source: 'bundled', name: 'Noto Sans SC', refused: ['SimHei'] });
    expect(faces.body).toEqual({ role: 'body', source: 'bundled', name: 'Noto Serif SC', refused: [] });
    expect(systemRoles(faces)).toEqual([]);
    expect(describeOfficialFaces(faces, 'en')).toBe(
      'Official copy faces: title Noto Serif SC Bold (bundled: this computer has no FZXiaoBiaoSong (方正小标宋)); body Noto Serif SC (bundled: this computer has no FangSong (仿宋)); '
        + "first-level headings Noto Sans SC (bundled: this computer's SimHei cannot be embedded in a PDF: its licence forbids it, or its outlines are not TrueType); second-level headings Noto Serif SC Bold (bundled: this computer has no KaiTi (楷体))",
    );
  });

  it('takes the next candidate when the best one may not be embedded', async () => {
    const faces = await chooseOfficialFaces(WINDOWS_WPS, async (candidate) => !candidate.file.endsWith('FS_GB2312.ttf'));
    expect(faces.body).toMatchObject({ source: 'system', name: '仿宋', file: 'C:\\Windows\\Fonts\\simfang.ttf' });
  });
});
