import { describe, expect, it } from 'vitest';
import { compileDeck, deckToMarkdown } from './index.ts';
import { say } from './messages/catalogue.ts';
import { readRevealOptions } from './reveal-options.ts';

const md = (front: string, options = {}) =>
  compileDeck({ name: 'deck.md', format: 'md', text: `---\n${front}\n---\n\n## 总体要求\n\nNote:\n坚持稳中求进工作总基调。\n` }, options);
const notes = (front: string, lang: 'en' | 'zh-CN' = 'en') => (md(front).meta.notices ?? []).map((n) => say(lang, n));

describe("reveal-md's revealOptions", () => {
  it('honours what the hall can use: transition, its speed, controls, progress, slide number, margin', () => {
    const deck = md('revealOptions:\n  transition: Fade\n  transitionSpeed: fast\n  backgroundTransition: zoom\n  controls: true\n  progress: true\n  slideNumber: c/t\n  margin: 0.1');
    expect(deck.meta.reveal).toEqual({ transition: 'fade', transitionSpeed: 'fast', backgroundTransition: 'zoom', controls: true, progress: true, slideNumber: 'c/t', margin: 0.1 });
    expect(deck.meta.notices).toBeUndefined();
  });

  it('takes the first of a reveal.js in/out transition pair', () => {
    expect(readRevealOptions({ transition: 'slide-in fade-out' }).show).toEqual({ transition: 'slide' });
  });

  it('takes the aspect from width and height, unless the deck sets aspect itself', () => {
    expect(md('revealOptions:\n  width: 1280\n  height: 720').meta.aspect).toBe('16:9');
    expect(md('revealOptions:\n  width: 1024\n  height: 768').meta.aspect).toBe('4:3');
    expect(md('aspect: "16:9"\nrevealOptions:\n  width: 1024\n  height: 768').meta.aspect).toBe('16:9');
    // reveal.js's default 960×700 is near 4:3, and the deck says it is shown so.
    const deck = md('revealOptions:\n  width: 960\n  height: 700');
    expect(deck.meta.aspect).toBe('4:3');
    expect(notes('revealOptions:\n  width: 960\n  height: 700')).toEqual(['revealOptions width × height (960 × 700) is shown at the nearest ratio, 4:3.']);
    expect(notes('revealOptions:\n  width: "100%"\n  height: "100%"')[0]).toMatch(/^revealOptions width\/height \(100% × 100%\) are not pixel sizes/);
  });

  it('names the options Podium does not use, and values it cannot use, in both languages', () => {
    const front = 'revealOptions:\n  center: false\n  loop: true\n  transition: wobble\n  controls: "yes"\n  margin: 2';
    expect(notes(front)).toEqual([
      'revealOptions transition: wobble cannot be used and is ignored (use none, fade, slide, convex, concave, zoom).',
      'revealOptions controls: yes cannot be used and is ignored (use true, false).',
      'revealOptions margin: 2 cannot be used and is ignored (use 0 – 0.3).',
      'revealOptions center, loop: not used by Podium (it lays out the slides and drives the show itself); ignored.',
    ]);
    expect(notes('revealOptions:\n  center: false', 'zh-CN')).toEqual(['revealOptions 中的 center 不适用于讲台（版式和翻页由讲台自己控制），已忽略。']);
    expect(md('revealOptions:\n  center: false').meta.reveal).toBeUndefined();
  });

  it('a revealOptions that is not a map is named, and the deck still opens', () => {
    expect(notes('revealOptions: fade')).toEqual(['revealOptions should be a list of name: value lines (such as transition: fade); "fade" is ignored.']);
  });

  it('keeps the theme notice apart: a theme given as an option drops only that one', () => {
    const deck = md('theme: neon\nrevealOptions:\n  loop: true', { theme: 'dark' });
    expect((deck.meta.notices ?? []).map((n) => say('en', n))).toEqual(['revealOptions loop: not used by Podium (it lays out the slides and drives the show itself); ignored.']);
  });

  it('writes revealOptions back unchanged when the deck is saved (every key, used or not)', () => {
    const deck = md('revealOptions:\n  transition: fade\n  loop: true\n  width: 1280\n  height: 720');
    const again = compileDeck({ name: 'deck.md', format: 'md', text: deckToMarkdown(deck) });
    expect(again.meta.revealOptions).toEqual({ transition: 'fade', loop: true, width: 1280, height: 720 });
    expect(again.meta.reveal).toEqual({ transition: 'fade' });
  });
});
