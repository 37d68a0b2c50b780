/**
 * Where the speaker should be in a slide's text: the sentence reached after reading
 * the given share of its planned time, sentences weighted by their reading units
 * (a long sentence holds the cursor longer). Pure arithmetic for the reading cursor.
 */

/** Cumulative reading units at the end of each sentence. */
export function sentenceEnds(units: readonly number[]): number[] {
  let sum = 0;
  return units.map((u) => (sum += Math.max(0, u)));
}

/**
 * Index of the sentence being read at `progress` (time on the slide / planned time),
 * or -1 before the start. Past the end the last sentence stays marked: the speaker is
 * behind and should be finishing it.
 */
export function sentenceAt(ends: readonly number[], progress: number): number {
  if (ends.length === 0 || !(progress >= 0)) return -1;
  const total = ends[ends.length - 1] ?? 0;
  if (total === 0) return 0;
  const reached = Math.min(progress, 1) * total;
  for (let i = 0; i < ends.length; i += 1) if (reached < (ends[i] ?? 0)) return i;
  return ends.length - 1;
}
