/**
 * The presenter's breadcrumb: where the current slide sits in the report, every level of its
 * heading path with the heading's words ("一、过去五年的工作回顾 › （二）打造魅力X"), shortened
 * to the room the toolbar gives it — outer levels drop their words first (the labels stay),
 * then the innermost words are cut with an ellipsis (CSS). The whole path is the tooltip.
 */
import type { DeckModel } from '../../slides/core/model.ts';

export interface TrailStep {
  label: string;
  title: string;
}

const SEPARATOR = ' › ';

/**
 * The heading path of slide `index` with each level's words: a top-level section's title from
 * the deck's sections, a deeper level's from the first slide under that heading (the heading's own).
 */
export function sectionTrail(deck: DeckModel, index: number): TrailStep[] {
  const slide = deck.slides[index];
  if (!slide) return [];
  const section = deck.sections.find((s) => s.id === slide.sectionId);
  return slide.sectionPath.map((label, depth) => {
    if (depth === 0 && section?.label === label) return { label, title: section.title };
    const prefix = slide.sectionPath.slice(0, depth + 1);
    const first = deck.slides.find((s) => s.sectionPath.length === prefix.length && prefix.every((part, i) => s.sectionPath[i] === part));
    const title = first?.title.startsWith(label) ? first.title.slice(label.length) : (first?.title ?? '');
    return { label, title: title.trim() };
  });
}

/** The ways to say a trail, longest first: all words; then the outer levels, one by one, as their labels only. */
export function trailCandidates(trail: readonly TrailStep[]): string[] {
  const full = (step: TrailStep): string => `${step.label}${step.title}`;
  const candidates = [trail.map(full).join(SEPARATOR)];
  for (let shortened = 1; shortened < trail.length; shortened++) {
    candidates.push(trail.map((step, i) => (i < shortened ? step.label : full(step))).join(SEPARATOR));
  }
  return candidates;
}

/** Shows the longest candidate that fits `element`'s width; when none does, CSS cuts the shortest with an ellipsis. */
export function showTrail(element: HTMLElement, trail: readonly TrailStep[]): void {
  const candidates = trailCandidates(trail);
  element.title = candidates[0] ?? '';
  for (const text of candidates) {
    element.textContent = text;
    if (element.scrollWidth <= element.clientWidth) return;
  }
}
