/**
 * slides/core/reveal-theme-looks.ts is reveal.js's own theme properties: regenerating it from the
 * installed reveal.js gives the same file (after an upgrade: node --import tsx build/scripts/reveal-themes.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledFace, generate, OUTPUT, themeProperties } from './reveal-themes.ts';

describe("reveal.js's themes, taken from reveal.js", () => {
  it('the committed looks are what the installed reveal.js gives', () => {
    expect(readFileSync(OUTPUT, 'utf8')).toBe(generate());
  });

  it('maps font stacks to the bundled face of their kind', () => {
    expect(bundledFace('"Palatino Linotype", "Book Antiqua", Palatino, FreeSerif, serif')).toBe("'Noto Serif SC', serif");
    expect(bundledFace('League Gothic, Impact, sans-serif')).toBe("'Noto Sans SC', sans-serif");
    expect(bundledFace('"Source Sans Pro", Helvetica, sans-serif')).toBe("'Noto Sans SC', sans-serif");
  });

  it('reads the :root properties, leaving embedded fonts out', () => {
    const css = '@font-face{font-family:X;src:url(data:font/woff;base64,AAAA;)}:root{--r-main-color:#333;--r-heading-font:Lato, sans-serif}.reveal{color:red}';
    expect(themeProperties(css)).toEqual({ 'main-color': '#333', 'heading-font': 'Lato, sans-serif' });
  });
});
