/**
 * The rehearsal views' text helpers (report, controls in the presenter, teleprompter). The
 * text itself is in the one catalogue (slides/core/messages/rehearsal.ts); the current
 * language comes from renderer/i18n.
 */
import { tr } from '../i18n/index.ts';

/** The same lookup as `tr`, kept under the name the rehearsal views use. */
export const rt = tr;

/** "232 字/分" / "151 words/min", for the deck's language. */
export function rateLabel(perMinute: number, lang: 'zh' | 'en'): string {
  return rt(lang === 'zh' ? 'rehearsal.rate.zh' : 'rehearsal.rate.en', { n: Math.round(perMinute) });
}
