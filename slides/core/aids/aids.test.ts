import { describe, expect, it } from 'vitest';
import { compileDeck } from '../compile.ts';
import { deckToMarkdown } from '../export-markdown.ts';
import { DeckError } from '../errors.ts';
import { deckAids, findFigures, isCommonCharacter, LEVEL_ONE_COUNT, normalizeReading, textAids, TRICKY_WORDS } from './index.ts';
import { tableNumber } from './common-characters.ts';
import { aidKey, EMPTY_REVIEW } from './model.ts';
import { correctAid, dismissAid, parseAidsReview, setPronounce, storedReview } from './review.ts';

const pinyinOf = (text: string, word: string): string | undefined => textAids(text, 'zh').find((aid) => aid.text === word)?.reading;

describe('the level-1 list of 《通用规范汉字表》', () => {
  it('holds the table\'s first 3,500 characters: 一 is number 1, 矗 number 3500, 乂 (level 2) 3501', () => {
    expect(LEVEL_ONE_COUNT).toBe(3500);
    expect(tableNumber('一')).toBe(1);
    expect(tableNumber('矗')).toBe(3500);
    expect(tableNumber('乂')).toBe(3501);
    expect(isCommonCharacter('矗')).toBe(true);
    expect(isCommonCharacter('乂')).toBe(false);
    for (const ch of '的一是在不了有和人这中大为上个国我以要他时来用们') expect(isCommonCharacter(ch), ch).toBe(true);
    for (const ch of '涞澍郓邛甪珙葆擘') expect(isCommonCharacter(ch), ch).toBe(false);
  });
});

describe('pinyin over rare characters, read in context', () => {
  it.each([
    ['涞水县的发展', '涞', 'lái'],
    ['春雨如澍，润泽万物', '澍', 'shù'],
    ['郓城县召开大会', '郓', 'yùn'],
    ['认真擘画发展蓝图', '擘', 'bò'],
    ['砥砺奋进', '砥砺', 'dǐ lì'],
    ['民生福祉', '祉', 'zhǐ'],
  ])('%s: %s → %s', (text, word, reading) => {
    expect(pinyinOf(text, word)).toBe(reading);
  });

  it('gives a common character none, and a character outside Unicode\'s BMP its reading without breaking offsets', () => {
    expect(textAids('我们坚持发展', 'zh')).toEqual([]);
    const text = '在𠀾地区';
    const aids = textAids(text, 'zh');
    for (const aid of aids) expect(text.slice(aid.start, aid.end)).toBe(aid.text);
  });
});

/** Each word of the built-in list in a sentence of its own, with the reading a speaker must say. */
const TRICKY_FIXTURES: [string, string, string][] = [
  ['九九重阳节敬老活动', '重阳', 'chóng yáng'],
  ['人民银行行长出席会议', '行长', 'háng zhǎng'],
  ['山东单县羊肉汤', '单县', 'shàn xiàn'],
  ['安徽六安市的茶叶', '六安', 'lù ān'],
  ['南京六合区的发展', '六合', 'lù hé'],
  ['蚌埠市高铁站', '蚌埠', 'bèng bù'],
  ['河北蔚县剪纸', '蔚县', 'yù xiàn'],
  ['唐山乐亭县', '乐亭', 'lào tíng'],
  ['温州乐清市', '乐清', 'yuè qīng'],
  ['山东东阿阿胶', '东阿', 'dōng ē'],
  ['江西铅山县', '铅山', 'yán shān'],
  ['浙江丽水市', '丽水', 'lí shuǐ'],
  ['浙江台州市', '台州', 'tāi zhōu'],
  ['天台山景区', '天台', 'tiān tāi'],
  ['广州番禺区', '番禺', 'pān yú'],
  ['聊城莘县', '莘县', 'shēn xiàn'],
  ['山西洪洞大槐树', '洪洞', 'hóng tóng'],
  ['武汉黄陂区', '黄陂', 'huáng pí'],
  ['湖北监利市', '监利', 'jiàn lì'],
  ['河南浚县古城', '浚县', 'xùn xiàn'],
  ['四川犍为县', '犍为', 'qián wéi'],
  ['北京大栅栏街道', '大栅栏', 'dà shi lànr'],
  ['会稽山下', '会稽', 'kuài jī'],
  ['深化供给侧结构性改革', '供给', 'gōng jǐ'],
  ['给予大力支持', '给予', 'jǐ yǔ'],
  ['粮食自给率', '自给', 'zì jǐ'],
  ['着力推动高质量发展', '着力', 'zhuó lì'],
  ['着眼长远发展', '着眼', 'zhuó yǎn'],
  ['着手编制规划', '着手', 'zhuó shǒu'],
  ['着重解决难题', '着重', 'zhuó zhòng'],
  ['经济增长强劲', '强劲', 'qiáng jìng'],
  ['建立健全档案管理', '档案', 'dàng àn'],
  ['搭建政策框架', '框架', 'kuàng jià'],
  ['累计完成投资', '累计', 'lěi jì'],
  ['广泛参与社会治理', '参与', 'cān yù'],
  ['发挥好党员的角色', '角色', 'jué sè'],
  ['规模以上工业企业', '规模', 'guī mó'],
  ['模具产业集群', '模具', 'mú jù'],
  ['补齐薄弱环节', '薄弱', 'bó ruò'],
  ['扎实推进共同富裕', '扎实', 'zhā shi'],
  ['找准问题症结', '症结', 'zhēng jié'],
  ['破解卡脖子难题', '卡脖子', 'qiǎ bó zi'],
  ['把好质量关卡', '关卡', 'guān qiǎ'],
  ['培养骨干教师', '骨干', 'gǔ gàn'],
  ['深入基层调研', '调研', 'diào yán'],
  ['加强宏观调控', '调控', 'tiáo kòng'],
  ['培育朝阳产业', '朝阳产业', 'zhāo yáng chǎn yè'],
  ['拓展发展空间', '拓展', 'tuò zhǎn'],
  ['舆情持续发酵', '发酵', 'fā jiào'],
  ['营造良好氛围', '氛围', 'fēn wéi'],
  ['暂时困难', '暂时', 'zàn shí'],
  ['促进应届毕业生就业', '应届', 'yīng jiè'],
  ['干部称职率', '称职', 'chèn zhí'],
  ['混淆是非', '混淆', 'hùn xiáo'],
  ['解决棘手问题', '棘手', 'jí shǒu'],
  ['正处于关键时期', '处于', 'chǔ yú'],
  ['妥善处置风险', '处置', 'chǔ zhì'],
  ['压减差旅费用', '差旅', 'chāi lǚ'],
  ['治理塑料污染', '塑料', 'sù liào'],
];

describe('the built-in tricky-word list', () => {
  it('has a fixture in context for every word it holds', () => {
    expect(TRICKY_FIXTURES.map(([, word]) => word).sort()).toEqual(TRICKY_WORDS.map((entry) => entry.word).sort());
  });

  it.each(TRICKY_FIXTURES)('%s: %s → %s', (text, word, reading) => {
    const aid = textAids(text, 'zh').find((a) => a.text === word);
    expect(aid).toMatchObject({ kind: 'pinyin', source: 'tricky', reading });
  });

  it('leaves a word alone where its characters belong to other words (银行长期 is 银行 + 长期)', () => {
    expect(pinyinOf('发放银行长期贷款', '行长')).toBeUndefined();
    expect(pinyinOf('银行行长', '行长')).toBe('háng zhǎng');
    expect(pinyinOf('在天台上晾晒', '天台')).toBeUndefined();
  });
});

describe('the deck\'s own pronunciation list', () => {
  const md = (front: string, body: string): string => `---\ntitle: 测试\n${front}---\n\n# 一、工作\n\nNote:\n${body}\n`;

  it('reads `pronounce:` from front matter (map or list, numbered pinyin turned into marks) and uses it over the built-in list', () => {
    const deck = compileDeck({ name: 'd.md', format: 'md', text: md('pronounce:\n  张珺: zhāng jùn\n  单县: shan4 xian4\n  万纬集团:\n', '张珺同志在单县调研，万纬集团参与其中。') });
    expect(deck.meta.pronounce).toEqual([{ word: '张珺', reading: 'zhāng jùn' }, { word: '单县', reading: 'shan4 xian4' }, { word: '万纬集团', reading: '' }]);
    const aids = deckAids(deck);
    expect(aids.find((a) => a.text === '张珺')).toMatchObject({ source: 'deck', reading: 'zhāng jùn' });
    expect(aids.find((a) => a.text === '单县')).toMatchObject({ source: 'deck', reading: 'shàn xiàn' });
    // No reading given: the dictionary's, shown because the staff listed the name.
    expect(aids.find((a) => a.text === '万纬集团')).toMatchObject({ source: 'deck', reading: 'wàn wěi jí tuán' });
    const list = compileDeck({ name: 'd.md', format: 'md', text: md('pronounce:\n  - 张珺: zhang1 jun4\n', '张珺同志。') });
    expect(deckAids(list)[0]).toMatchObject({ text: '张珺', reading: 'zhāng jùn' });
  });

  it('survives the Markdown round trip of `podium import`', () => {
    const deck = compileDeck({ name: 'd.md', format: 'md', text: md('pronounce:\n  张珺: zhāng jùn\n', '张珺同志。') });
    const again = compileDeck({ name: 'd.md', format: 'md', text: deckToMarkdown(deck) });
    expect(again.meta.pronounce).toEqual(deck.meta.pronounce);
  });

  it('says which line is wrong when `pronounce:` is not a list of words', () => {
    const bad = (front: string) => () => compileDeck({ name: 'd.md', format: 'md', text: md(front, '正文。') });
    expect(bad('pronounce: 单县\n')).toThrow(DeckError);
    expect(bad('pronounce: 单县\n')).toThrow(/pronounce must list words/);
    expect(bad('pronounce:\n  单县: [1, 2]\n')).toThrow(/must be text/);
    try {
      bad('pronounce:\n  单县: [1]\n')();
    } catch (error) {
      expect((error as DeckError).details.line).toBe(3);
    }
  });

  it('normalises numbered pinyin (ü as v or u:) and leaves other readings alone', () => {
    expect(normalizeReading('yu4  xian4')).toBe('yù xiàn');
    expect(normalizeReading('lv4 se4')).toBe('lǜ sè');
    expect(normalizeReading('zhāng jùn')).toBe('zhāng jùn');
    expect(normalizeReading('Nguyen (win)')).toBe('Nguyen (win)');
  });
});

describe('figures as they are read aloud (government-report style)', () => {
  it.each([
    ['实现地区生产总值3.45万亿元', '3.45万亿元', '三点四五万亿元'],
    ['增长4.5%', '4.5%', '百分之四点五'],
    ['提高0.3个百分点', '0.3个百分点', '零点三个百分点'],
    ['下降1.2个百分点', '1.2个百分点', '一点二个百分点'],
    ['到2035年基本实现', '2035年', '二〇三五年'],
    ['2000年以来', '2000年', '二〇〇〇年'],
    ['“十四五”时期（2021—2025年）', '2021—2025年', '二〇二一至二〇二五年'],
    ['增长5%—6%', '5%—6%', '百分之五至百分之六'],
    ['增长5—6%左右', '5—6%', '百分之五至六'],
    ['投资10～15亿元', '10～15亿元', '十至十五亿元'],
    ['吸纳2-3万人', '2-3万', '两至三万'],
    ['按1∶1000配套', '1∶1000', '一比一千'],
    ['新增就业1200万人', '1200万', '一千二百万'],
    ['城镇新增就业1200多万人', '1200多万', '一千二百多万'],
    ['粮食产量13908.2亿斤', '13908.2亿', '一万三千九百零八点二亿'],
    ['常住人口22000人', '22000', '两万二千'],
    ['服务10086户', '10086户', '一万零八十六户'],
    ['完成2000万元', '2000万元', '两千万元'],
    ['资金12,345元', '12,345元', '一万二千三百四十五元'],
    ['覆盖率100%', '100%', '百分之百'],
    ['控制在0.5‰以内', '0.5‰', '千分之零点五'],
    ['增长３．５％', '３．５％', '百分之三点五'],
    ['外贸进出口6.2万亿美元', '6.2万亿美元', '六点二万亿美元'],
    ['是上年的1.5倍', '1.5倍', '一点五倍'],
    ['上午9:30召开', '9:30', '九点三十分'],
  ])('%s: %s → %s', (text, figure, reading) => {
    expect(findFigures(text, 'zh').map((f) => [f.text, f.reading])).toEqual([[figure, reading]]);
  });

  it.each([
    ['新增国家高新技术企业X家'],
    ['技改项目投资超X亿元'],
    ['增长X%'],
    ['增长1X%'],
    ['增长X.5%'],
    ['XX万元'],
    ['建成5G基站'],
    ['召开12次会议，用时3年'],
    ['第1季度'],
  ])('%s: no aid (masked, a code or a small whole number)', (text) => {
    expect(findFigures(text, 'zh')).toEqual([]);
  });

  it('keeps offsets exact, so an aid always covers the report\'s own characters', () => {
    const text = '全年实现3.45万亿元，增长4.5%，到2035年，X亿元。';
    for (const figure of findFigures(text, 'zh')) expect(text.slice(figure.start, figure.end)).toBe(figure.text);
  });
});

describe('figures in English scripts: only where they apply', () => {
  it.each([
    ['GDP grew 4.5% last year', '4.5%', 'four point five percent'],
    ['a rise of 0.3 percentage points', '0.3 percentage points', 'zero point three percentage points'],
    ['by 2035 we will', '2035', 'twenty thirty-five'],
    ['since 2005', '2005', 'two thousand five'],
    ['over 2021–2025', '2021–2025', 'twenty twenty-one to twenty twenty-five'],
    ['output of 3.45 trillion yuan', '3.45 trillion', 'three point four five trillion'],
    ['a budget of $1,200,000', '$1,200,000', 'one million two hundred thousand dollars'],
    ['growth of 5–6%', '5–6%', 'five to six percent'],
    ['a ratio of 1:1000', '1:1000', 'one to one thousand'],
    ['12,345 households', '12,345', 'twelve thousand three hundred forty-five'],
  ])('%s: %s → %s', (text, figure, reading) => {
    expect(findFigures(text, 'en').map((f) => [f.text, f.reading])).toEqual([[figure, reading]]);
  });

  it('gives small whole numbers, codes and masked figures none', () => {
    for (const text of ['12 new schools in 3 towns', 'COVID-19 and 5G', 'X billion yuan', 'grew X%', 'at 9:30 am']) expect(findFigures(text, 'en'), text).toEqual([]);
  });
});

describe('aids of a deck', () => {
  const deck = compileDeck({ name: 'r.txt', format: 'txt', text: '关于工作的报告\n\n一、过去五年\n\n我们着力推动蚌埠和单县发展，实现3.45万亿元，增长4.5%。\n\n二、今后五年\n\n到2035年，人民银行行长参与调研。' });

  it('never changes the text: each aid is the notes\' own characters at its offsets', () => {
    const aids = deckAids(deck);
    expect(aids.length).toBeGreaterThanOrEqual(8);
    const notes = new Map(deck.slides.map((slide) => [slide.id, slide.notes]));
    for (const aid of aids) expect(notes.get(aid.slide)?.slice(aid.start, aid.end)).toBe(aid.text);
    expect(aids.map((aid) => aid.text)).toEqual(expect.arrayContaining(['着力', '蚌埠', '单县', '3.45万亿元', '4.5%', '2035年', '行长', '参与', '调研']));
  });

  it('leaves out what the staff dismissed and shows what they corrected; the review survives a store round trip', () => {
    const aids = deckAids(deck);
    const bengbu = aids.find((aid) => aid.text === '蚌埠')!;
    const figure = aids.find((aid) => aid.text === '4.5%')!;
    let review = dismissAid(EMPTY_REVIEW, bengbu);
    review = correctAid(review, figure, '百分之四点五左右');
    review = setPronounce(review, [{ word: '单县', reading: 'shan4 xian4' }, { word: '', reading: 'x' }]);
    const stored = parseAidsReview(JSON.parse(JSON.stringify(storedReview(review))));
    expect(stored.ok).toBe(true);
    const after = deckAids(deck, stored.ok ? stored.value : undefined);
    expect(after.find((aid) => aid.text === '蚌埠')).toBeUndefined();
    expect(after.find((aid) => aid.text === '4.5%')).toMatchObject({ reading: '百分之四点五左右', corrected: true });
    expect(after.find((aid) => aid.text === '单县')).toMatchObject({ source: 'deck', reading: 'shàn xiàn' });
    expect(review.dismissed).toEqual([aidKey(bengbu)]);
  });

  it('rejects stored data that is not a review, saying what is wrong', () => {
    expect(parseAidsReview(undefined)).toEqual({ ok: true, value: EMPTY_REVIEW });
    expect(parseAidsReview({ format: 'x' })).toMatchObject({ ok: false });
    expect(parseAidsReview({ ...storedReview(EMPTY_REVIEW), dismissed: [1] })).toMatchObject({ ok: false, reason: expect.stringMatching(/dismissed/) });
    expect(parseAidsReview({ ...storedReview(EMPTY_REVIEW), pronounce: [{ word: '', reading: '' }] })).toMatchObject({ ok: false, reason: expect.stringMatching(/pronounce\[0\]/) });
  });
});
