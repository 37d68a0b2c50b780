/**
 * Durations as people type them in the views: "1:30", "90", "1.5h", "45 分钟". A bare number
 * is seconds for a slide's time and minutes for the deck's target (as in the front matter).
 */
import { parseDuration } from '../../slides/core/frontmatter.ts';

/** Seconds, or null when the text is not a duration. `bareUnit`: seconds per unit of a bare number. */
export function readDuration(text: string, bareUnit = 1): number | null {
  const value = text.trim().replace(/分钟|分/g, 'm').replace(/秒/g, 's').replace(/小时|时/g, 'h');
  if (/^\d+$/.test(value)) return Number(value) * bareUnit;
  try {
    const seconds = parseDuration(value);
    return seconds === undefined || Number.isNaN(seconds) ? null : Math.round(seconds);
  } catch {
    return null;
  }
}

/**
 * The deck's target as typed: minutes for a bare number, empty for "no target".
 * `invalid` when it is neither (the view says so and changes nothing).
 */
export type TargetText = { kind: 'set'; seconds: number } | { kind: 'clear' } | { kind: 'invalid' };

export function readTarget(text: string): TargetText {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'clear' };
  const seconds = readDuration(trimmed, 60);
  return seconds === null || seconds < 1 ? { kind: 'invalid' } : { kind: 'set', seconds };
}
