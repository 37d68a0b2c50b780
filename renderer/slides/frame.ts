/** The slide canvas: a size container of the deck's aspect, and the deck's look on a root element. */
import type { AspectRatio, DeckMeta } from '../../slides/core/model.ts';

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

const THEMES = ['theme-official', 'theme-light', 'theme-dark'];

/** Theme and aspect classes on a root (the page, or a preview pane). */
export function applyDeckLook(root: HTMLElement, meta: DeckMeta): void {
  root.classList.remove(...THEMES, 'aspect-16-9', 'aspect-4-3');
  root.classList.add(`theme-${meta.theme}`, aspectClass(meta.aspect));
  root.lang = meta.lang === 'zh' ? 'zh-CN' : 'en';
}
