/** Chinese numerals as used in report numbering (一 … 九十九) and their values. */

const DIGITS = '零一二三四五六七八九';

/** Value of a Chinese numeral such as 三, 十二, 二十七; NaN when it is not one (or above 99). */
export function chineseNumeralValue(text: string): number {
  if (text.length === 0 || text.length > 3) return NaN;
  const ten = text.indexOf('十');
  if (ten < 0) return text.length === 1 ? digit(text) : NaN;
  const tens = ten === 0 ? 1 : text.length >= 2 && ten === 1 ? digit(text.slice(0, 1)) : NaN;
  const rest = text.slice(ten + 1);
  const units = rest.length === 0 ? 0 : rest.length === 1 ? digit(rest) : NaN;
  return tens * 10 + units;
}

function digit(ch: string): number {
  const value = DIGITS.indexOf(ch);
  return value > 0 ? value : NaN;
}

/** Length of the run of Chinese numeral characters at `start` (capped: numbering never needs more). */
export function numeralRunLength(text: string, start: number): number {
  let end = start;
  while (end < text.length && end - start < 3 && (DIGITS.includes(text[end] as string) || text[end] === '十')) end++;
  return end - start;
}
