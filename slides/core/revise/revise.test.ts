/**
 * Revised drafts on an edited deck: revisions of the example report and of generated text, each
 * applied to a deck edited by a script of editor ops first. Paragraph-level oracle: a slide whose
 * paragraphs the revision did not touch is kept with every edit; a slide whose paragraph changed
 * is flagged; a removed paragraph's slide is removed and its hand work listed; notes are the new
 * report; the summary's counts add up.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileDeck } from '../compile.ts';
import { deckToMarkdown } from '../export-markdown.ts';
import { invariantViolations } from '../invariants.ts';
import type { DeckModel, Slide, SourceText } from '../model.ts';
import { compactText } from '../text.ts';
import { edited, editedDeck, editScript, keptPart, txt } from './fixtures.ts';
import { handEdits, reviseDeck, type ReviseResult } from './index.ts';

const REPORT = readFileSync(new URL('../../default/town-congress-report.txt', import.meta.url), 'utf8');
const LINES = REPORT.split('\n');
const DECK = editedDeck(txt(REPORT));

/** For each slide, the report lines its notes come from (by position in the whole text, spaces aside). */
function linesOf(deck: DeckModel, lines: readonly string[]): number[][] {
  const ends: number[] = [];
  let total = 0;
  for (const line of lines) ends.push((total += compactText(line).length));
  let at = 0;
  return deck.slides.map((slide) => {
    const length = compactText(slide.notes).length;
    const from = at;
    at += length;
    const touched: number[] = [];
    lines.forEach((_, i) => {
      const start = (ends[i] as number) - compactText(lines[i] as string).length;
      if (length > 0 && start < at && (ends[i] as number) > from) touched.push(i);
    });
    return touched;
  });
}

/** Lines that are one whole slide each (a change to them changes that slide alone). */
function singleSlideLines(deck: DeckModel, lines: readonly string[]): number[] {
  const owners = new Map<number, number>();
  for (const slideLines of linesOf(deck, lines)) for (const line of slideLines) owners.set(line, (owners.get(line) ?? 0) + 1);
  return linesOf(deck, lines).filter((l) => l.length === 1 && owners.get(l[0] as number) === 1).map((l) => l[0] as number);
}

interface Revision {
  text: string[];
  /** Old lines whose words changed. */
  touched: Set<number>;
  /** Old lines gone from the new draft. */
  gone: Set<number>;
}

/** Checks a revision against the paragraph-level oracle; returns the result for case-specific checks. */
function check(deck: DeckModel, lines: readonly string[], revision: Revision, source?: SourceText): ReviseResult {
  const newText = revision.text.join('\n');
  const result = reviseDeck(deck, source ?? txt(newText, 'report-2.txt'));
  const problems = invariantViolations(result.deck, newText).filter((p) => !p.includes('exceeds'));
  expect(problems).toEqual([]);
  const { summary } = result;
  expect(summary.slides).toBe(result.deck.slides.length);
  expect(summary.kept + summary.changed.length + summary.added.length).toBe(summary.slides);
  const byId = new Map(result.deck.slides.map((s) => [s.id, s]));
  const continuation = new Map(result.slides.filter((s) => s.previousId !== undefined).map((s) => [s.previousId as string, s]));
  let kept = 0;
  linesOf(deck, lines).forEach((slideLines, index) => {
    const old = deck.slides[index];
    if (!old || slideLines.length === 0) return;
    if (slideLines.every((l) => revision.gone.has(l))) {
      expect(summary.removed, `slide ${index} removed`).toContain(old.id);
    } else if (slideLines.some((l) => revision.touched.has(l) || revision.gone.has(l))) {
      const next = continuation.get(old.id);
      if (next) expect(summary.changed, `slide ${index} flagged`).toContain(next.id);
      else expect(summary.removed).toContain(old.id);
    } else {
      kept++;
      const now = byId.get(old.id);
      expect(now, `slide ${index} kept`).toBeDefined();
      // A section slide's automatic agenda follows its sub-headings; everything else stays.
      const agenda = old.kind === 'section' && !old.byHand?.includes('points');
      expect(keptPart({ ...(now as Slide), ...(agenda ? { points: old.points } : {}) }), `slide ${index} keeps its edits`).toEqual(keptPart(old));
    }
  });
  expect(summary.kept).toBe(kept);
  // Everything of the person's on a removed slide is named.
  for (const id of summary.removed) {
    const old = deck.slides.find((s) => s.id === id);
    if (old?.picture) expect(summary.unplaced).toContainEqual({ id, edit: `picture: ${old.picture.src}` });
    if (old?.byHand?.includes('title')) expect(summary.unplaced).toContainEqual({ id, edit: `title: ${old.title}` });
  }
  // Split paragraphs are numbered without gaps or repeats: every run of parts reads 1/n … n/n.
  result.deck.slides.forEach((slide, i) => {
    if (!slide.part) return;
    const { index, count } = slide.part;
    if (index > 1) expect(result.deck.slides[i - 1]?.part, `part before slide ${i}`).toEqual({ index: index - 1, count });
    if (index < count) expect(result.deck.slides[i + 1]?.part, `part after slide ${i}`).toEqual({ index: index + 1, count });
  });
  // The new deck is saved and read back as it is.
  const reread = compileDeck({ name: 'deck.md', format: 'md', text: deckToMarkdown(result.deck) });
  expect(reread.slides.map((s) => s.id)).toEqual(result.deck.slides.map((s) => s.id));
  return result;
}

function revise(lines: readonly string[], change: (text: string[]) => Partial<Revision>): Revision {
  const text = [...lines];
  const made = change(text);
  return { text, touched: made.touched ?? new Set(), gone: made.gone ?? new Set() };
}

const SINGLE = singleSlideLines(DECK, LINES).filter((l) => l > 4 && !/^[一二三四五六七八九十]、/.test(LINES[l] as string));
const line = (k: number): number => SINGLE[k % SINGLE.length] as number;

describe('reviseDeck on the example report, edited by a script', () => {
  it('has hand edits of every kind to keep', () => {
    const parts = new Set(DECK.slides.flatMap((s) => s.byHand ?? []));
    expect([...parts].sort()).toEqual(['layout', 'points', 'time', 'title'].sort());
    expect(DECK.slides.some((s) => s.hidden)).toBe(true);
    expect(DECK.slides.some((s) => s.picture)).toBe(true);
  });

  it('changes nothing when updated with its own report', () => {
    const result = reviseDeck(DECK, txt(REPORT));
    expect(result.deck).toEqual(DECK);
    expect(result.summary).toEqual({ slides: DECK.slides.length, kept: DECK.slides.length, changed: [], added: [], removed: [], unplaced: [] });
  });

  it('changes nothing when the same text comes as a .docx', () => {
    const result = check(DECK, LINES, revise(LINES, () => ({})), { name: 'report.docx', format: 'docx', text: REPORT });
    expect(result.summary.kept).toBe(DECK.slides.length);
  });

  it('keeps every slide through spacing changes (indented paragraphs, spaces, blank lines)', () => {
    const result = check(DECK, LINES, revise(LINES, (text) => {
      text.forEach((l, i) => (text[i] = l === '' ? l : `\u3000\u3000${l.replace(/，/g, '， ')}  `));
      text.splice(10, 0, '');
      return {};
    }));
    expect(result.summary.changed).toEqual([]);
  });

  it('flags the slide of a reworded sentence and keeps the rest', () => {
    const at = line(3);
    const result = check(DECK, LINES, revise(LINES, (text) => {
      text[at] = (text[at] as string).replace(/([^，。]{4})([^，。]{3})/, '$1进一步');
      return { touched: new Set([at]) };
    }));
    expect(result.summary.changed).toHaveLength(1);
  });

  it('flags a changed number', () => {
    const at = LINES.findIndex((l, i) => SINGLE.includes(i) && /\d|[一二三四五六七八九十]{1,2}[年个项]/.test(l));
    expect(at).toBeGreaterThan(0);
    const result = check(DECK, LINES, revise(LINES, (text) => {
      text[at] = /\d/.test(text[at] as string)
        ? (text[at] as string).replace(/\d+/, (n) => String(Number(n) + 7))
        : (text[at] as string).replace(/[一二三四五六七八九十]{1,2}(?=[年个项])/, '十二');
      return { touched: new Set([at]) };
    }));
    expect(result.summary.changed).toHaveLength(1);
  });

  it('flags a slide with a sentence inserted or deleted, and a punctuation change', () => {
    const [a, b, c] = [line(1), line(5), line(9)];
    const result = check(DECK, LINES, revise(LINES, (text) => {
      text[a] = (text[a] as string).replace('。', '。这是新加的一句话，讲的是新情况。');
      const sentences = (text[b] as string).split('。');
      text[b] = [...sentences.slice(0, 1), ...sentences.slice(2)].join('。');
      text[c] = (text[c] as string).replace('，', '、');
      return { touched: new Set([a, b, c]) };
    }));
    expect(result.summary.changed.length).toBe(3);
  });

  it('removes a deleted paragraph\'s slide and names its hand work; adds slides for a new paragraph', () => {
    const edited = SINGLE.find((l) => linesOf(DECK, LINES).some((ls, i) => ls[0] === l && DECK.slides[i]?.picture)) as number;
    const result = check(DECK, LINES, revise(LINES, (text) => {
      text.splice(edited, 1, '新增加的一段话，说明了新的工作安排。我们要狠抓落实，确保各项任务按期完成。');
      return { gone: new Set([edited]) };
    }));
    expect(result.summary.removed).toHaveLength(1);
    expect(result.summary.added).toHaveLength(1);
    expect(result.summary.unplaced.some((u) => u.edit.startsWith('picture: '))).toBe(true);
  });

  it('numbers the parts of a split paragraph again when the new draft removes one part\'s passage (1/3, 3/3 → 1/2, 2/2)', () => {
    const middle = DECK.slides.findIndex((s) => s.part?.index === 2 && s.part.count >= 3);
    const slide = DECK.slides[middle] as Slide;
    const count = (slide.part as { count: number }).count;
    const at = LINES.findIndex((l) => l.includes(slide.notes.trim()));
    expect(at).toBeGreaterThan(0);
    const text = [...LINES];
    text[at] = (text[at] as string).replace(slide.notes.trim(), '');
    // (Not the paragraph-level oracle: the other parts of the touched paragraph are kept, their text unchanged.)
    const result = reviseDeck(DECK, txt(text.join('\n'), 'report-2.txt'));
    expect(result.summary).toMatchObject({ removed: [slide.id], changed: [], added: [], kept: DECK.slides.length - 1 });
    const first = result.deck.slides.findIndex((s) => s.notes === (DECK.slides[middle - 1] as Slide).notes);
    const parts = result.deck.slides.slice(first, first + count - 1).map((s) => s.part);
    expect(parts).toEqual(Array.from({ length: count - 1 }, (_, i) => ({ index: i + 1, count: count - 1 })));
    expect(result.deck.slides[first + count - 1]?.part).toBeUndefined();
    // Read back from the Markdown as numbered.
    const reread = compileDeck({ name: 'deck.md', format: 'md', text: deckToMarkdown(result.deck) });
    expect(reread.slides.slice(first, first + count - 1).map((s) => s.part)).toEqual(parts);
  });

  it('keeps a moved paragraph\'s slide, and both slides of merged paragraphs', () => {
    const [from, to] = [line(2), line(12)];
    const result = check(DECK, LINES, revise(LINES, (text) => {
      const [moved] = text.splice(from, 1);
      text.splice(to, 0, moved as string);
      const merge = line(20);
      text.splice(merge, 2, `${text[merge] as string}${text[merge + 1] as string}`);
      return {};
    }));
    expect(result.summary.changed).toEqual([]);
    expect(result.summary.kept).toBe(DECK.slides.length);
  });

  it('follows renumbered sections (三、 becomes 四、) and flags the renumbered section slides', () => {
    const third = LINES.findIndex((l) => l.startsWith('三、'));
    const fourth = LINES.findIndex((l) => l.startsWith('四、'));
    const result = check(DECK, LINES, revise(LINES, (text) => {
      text[third] = (text[third] as string).replace('三、', '四、');
      text[fourth] = (text[fourth] as string).replace('四、', '五、');
      text.splice(third, 0, '三、新增的一个部分', '这是新增部分的第一段，讲了很多新的内容。我们要继续努力，奋发有为。');
      return { touched: new Set([third, fourth]) };
    }));
    const titles = result.deck.slides.filter((s) => s.kind === 'section').map((s) => s.title.slice(0, 2));
    expect(titles).toEqual(['一、', '二、', '三、', '四、', '五、']);
    expect(result.summary.changed).toHaveLength(2);
  });

  it('keeps a hand title whose words are still there, lists one whose words are gone', () => {
    const at = line(7);
    const index = linesOf(DECK, LINES).findIndex((ls) => ls[0] === at);
    const slide = DECK.slides[index];
    if (!slide) throw new Error('no slide');
    const first = (slide.notes.split('。')[0] as string).slice(0, 8);
    const picked = edited(DECK, [{ type: 'retitle', slideId: slide.id, title: first }, { type: 'setPoints', slideId: slide.id, points: ['我写的要点', first] }]);
    const result = check(picked, LINES, revise(LINES, (text) => {
      text[at] = (text[at] as string).replace(first, '改写后的开头');
      return { touched: new Set([at]) };
    }));
    const now = result.deck.slides.find((s) => s.id === result.summary.changed[0]);
    expect(now?.title).not.toBe(first);
    expect(now?.points).toContain('我写的要点');
    expect(now?.points).not.toContain(first);
    // The title's words are gone: title (and the subtitle shown with it) listed, not kept; the typed point stays.
    expect(result.summary.unplaced).toContainEqual({ id: now?.id, edit: `title: ${first}` });
    expect(result.summary.unplaced).toContainEqual({ id: now?.id, edit: `point: ${first}` });
    expect(result.summary.unplaced.every((u) => u.id === now?.id)).toBe(true);
  });

  it('keeps a title changed directly in the Markdown as a hand edit (handEdits sees it too)', () => {
    const plain = compileDeck(txt(REPORT));
    expect(handEdits(plain)).toEqual([]);
    const at = line(4);
    const index = linesOf(plain, LINES).findIndex((ls) => ls[0] === at);
    const slide = plain.slides[index];
    if (!slide) throw new Error('no slide');
    const markdown = deckToMarkdown(plain).replace(`## ${slide.title}\n`, '## 在 Markdown 里写的标题\n');
    const typed = compileDeck({ name: 'deck.md', format: 'md', text: markdown });
    expect(handEdits(typed)).toEqual([{ id: slide.id, part: 'title' }]);
    const result = check(typed, LINES, revise(LINES, (text) => {
      text[at] = `${text[at] as string}这是补充的一句话。`;
      return { touched: new Set([at]) };
    }));
    const now = result.deck.slides.find((s) => s.id === result.summary.changed[0]);
    expect(now).toMatchObject({ title: '在 Markdown 里写的标题', byHand: ['title'] });
  });

  it('keeps a section title typed in the Markdown when the section\'s agenda is redone', () => {
    const plain = compileDeck(txt(REPORT));
    const section = plain.slides.find((s) => s.kind === 'section');
    if (!section) throw new Error('no section');
    // Shortened by hand to the heading's first words (words of the report: the heading must be in it).
    const short = section.title.slice(0, 6);
    const markdown = deckToMarkdown(plain).replace(`# ${section.title}\n`, `# ${short}\n`);
    const typed = compileDeck({ name: 'deck.md', format: 'md', text: markdown });
    // A paragraph inside the first section gets a sentence more: its agenda is redone, its title stays.
    const at = SINGLE.find((l) => l > LINES.findIndex((h) => h.startsWith('一、'))) as number;
    const result = check(typed, LINES, revise(LINES, (text) => {
      text[at] = `${text[at] as string}这是补充的一句话。`;
      return { touched: new Set([at]) };
    }));
    const now = result.deck.slides.find((s) => s.id === section.id);
    expect(now?.title).toBe(short);
    expect(result.summary.unplaced).toEqual([]);
  });
});

/** Generated reports: a title line, then paragraphs of 1–3 distinct sentences. */
const HAN = [...new Set(REPORT.replace(/[^\u4e00-\u9fff]/g, '').replace(/[一二三四五六七八九十]/g, ''))];
const sentence = fc.array(fc.nat(HAN.length - 1), { minLength: 12, maxLength: 28 }).map((ks) => `${ks.map((k) => HAN[k]).join('')}。`);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 3 }).map((s) => s.join(''));
const revisionOp = fc.tuple(fc.constantFrom('reword', 'number', 'insert', 'delete', 'add', 'remove', 'move'), fc.nat(), fc.nat(), paragraph);

describe('reviseDeck on generated reports', () => {
  it('keeps untouched paragraphs\' slides with their edits, flags or removes the others, notes are the new text', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 4, maxLength: 14 }), fc.array(revisionOp, { minLength: 1, maxLength: 4 }), (paragraphs, ops) => {
        const lines = ['关于本年度工作情况的报告', ...paragraphs];
        const deck = compileDeck(txt(lines.join('\n')));
        const perLine = linesOf(deck, lines);
        fc.pre(perLine.filter((l) => l.length === 1).length === deck.slides.length);
        const script = edited(deck, editScript(deck, 2));
        // Lines carry their old index so touched and gone lines are known after moves.
        const text = lines.map((l, i) => ({ l, from: i }));
        const touched = new Set<number>();
        const gone = new Set<number>();
        for (const [kind, a, b, fresh] of ops) {
          const at = 1 + (a % (text.length - 1));
          const item = text[at];
          if (!item) continue;
          const cut = item.l.split('。').filter((s) => s !== '');
          if (kind === 'reword') item.l = item.l.replace(/^(.{3})(.{2})/, '$1改动');
          if (kind === 'number') item.l = item.l.replace('。', `${b}个。`);
          if (kind === 'insert') item.l = `${item.l}${fresh}`;
          if (kind === 'delete' && cut.length > 1) item.l = `${cut.slice(1).join('。')}。`;
          if (kind === 'reword' || kind === 'number' || kind === 'insert' || (kind === 'delete' && cut.length > 1)) touched.add(item.from);
          if (kind === 'add') text.splice(at, 0, { l: fresh, from: -1 });
          if (kind === 'remove' && text.length > 3) {
            text.splice(at, 1);
            if (item.from >= 0) gone.add(item.from);
          }
          if (kind === 'move') {
            text.splice(at, 1);
            text.splice(1 + (b % (text.length - 1)), 0, item);
          }
        }
        check(script, lines, { text: text.map((t) => t.l), touched, gone });
      }),
      { numRuns: 120 },
    );
  });
});
