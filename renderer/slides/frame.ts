/** The slide canvas: a size container of the deck's aspect, and the deck's look on a root element. */
import type { AspectRatio, DeckMeta } from '../../slides/core/model.ts';
import { ALL_THEMES, revealLook } from '../../slides/core/themes.ts';
import { REVEAL_THEME_LOOKS } from '../../slides/core/reveal-theme-looks.ts';

/** reveal.js lays slides out on this canvas and scales it to the window. */
export function canvasSize(aspect: AspectRatio): { width: number; height: number } {
  return aspect === '4:3' ? { width: 1440, height: 1080 } : { width: 1920, height: 1080 };
}

export function aspectClass(aspect: AspectRatio): string {
  return aspect === '4:3' ? 'aspect-4-3' : 'aspect-16-9';
}

export function frame(slide: HTMLElement, aspect: AspectRatio): HTMLElement {
  const box = document.createElement('div');
  box.className = `podium-frame ${aspectClass(aspect)}`;
  box.append(slide);
  return box;
}

const THEME_CLASSES = [...ALL_THEMES.map((theme) => `theme-${theme}`), 'theme-reveal', 'theme-reveal-dark'];
/** Every --r-* property a reveal.js theme sets, so a change of theme leaves none of the last one behind. */
const REVEAL_PROPERTIES = [...new Set(Object.values(REVEAL_THEME_LOOKS).flatMap((look) => Object.keys(look.vars)))];

/**
 * Theme and aspect classes on a root (the page, or a preview pane). A reveal.js theme also
 * puts its own --r-* properties there (reveal.js's values, fonts mapped to the bundled
 * faces), which slides.css draws under .theme-reveal.
 */
export function applyDeckLook(root: HTMLElement, meta: DeckMeta): void {
  root.classList.remove(...THEME_CLASSES, 'aspect-16-9', 'aspect-4-3');
  root.classList.add(`theme-${meta.theme}`, aspectClass(meta.aspect));
  const look = revealLook(meta.theme);
  for (const property of REVEAL_PROPERTIES) root.style.removeProperty(property);
  if (look) {
    root.classList.add('theme-reveal', ...(look.dark ? ['theme-reveal-dark'] : []));
    for (const [property, value] of Object.entries(look.vars)) root.style.setProperty(property, value);
  }
  root.lang = meta.lang === 'zh' ? 'zh-CN' : 'en';
}
