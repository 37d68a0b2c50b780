import { describe, expect, it } from 'vitest';
import { compileDeck, documentAuthor } from './index.ts';

const deck = (text: string, format: 'txt' | 'md' = 'txt') => compileDeck({ name: `r.${format}`, format, text });

describe('documentAuthor: who exported files name as author', () => {
  it("is the byline's name line, never its date line", () => {
    const text = ['奋力谱写高质量发展新篇章', '——在县委全会上的讲话', '（2024年1月5日）', '县委书记 XXX', '同志们：', '一、总体要求', '今年以来，各项工作稳步推进。', ''].join('\n');
    const d = deck(text);
    expect(d.meta.byline).toContain('（2024年1月5日）');
    expect(documentAuthor(d)).toBe('县委书记 XXX');
  });

  it('is nobody when the report names nobody (not the login name)', () => {
    expect(documentAuthor(deck('一、总体要求\n坚持稳中求进工作总基调。\n'))).toBe('');
  });

  it("is the front matter's author: when the deck sets one, also an empty one", () => {
    const md = (author: string) => `---\nauthor: ${author}\n---\n\n## 总体要求\n\nNote:\n坚持稳中求进工作总基调。\n`;
    expect(documentAuthor(deck(md('县人民政府办公室'), 'md'))).toBe('县人民政府办公室');
    expect(documentAuthor(deck(md('""'), 'md'))).toBe('');
    expect(() => deck(md('[1, 2]'), 'md')).toThrow(/author must be text/);
  });
});
