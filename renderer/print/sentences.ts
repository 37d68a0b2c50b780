/**
 * Where a printed page may turn. Sentences come from the compiler's own splitter
 * (slides/core/sentences.ts), so print and plan agree on what a sentence is; these
 * sets add the typesetting rules the compiler has no need for.
 */
export { splitSentences } from '../../slides/core/sentences.ts';

/** Characters that must not begin a line (Chinese line-breaking rules, 避头点). */
export const NO_LINE_START = new Set([...'，。、；：？！”’）》」』】…—,.;:?!)]}%']);
/** Places inside a sentence where a page may turn with least harm: right after a clause mark. */
export const CLAUSE_END = new Set([...'，；：、,;:']);
