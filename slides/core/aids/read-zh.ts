/**
 * Arabic figures read aloud in Chinese, the way a speaker reads a government work
 * report: 1200 → 一千二百, 3.45 → 三点四五, 2035 (a year) → 二〇三五, 2万 → 两万.
 * Pure string functions over ASCII digit strings (callers fold full-width digits first).
 */

const DIGIT = '零一二三四五六七八九';
/** Powers of ten inside a group of four digits, from the thousands down. */
const PLACE = ['千', '百', '十', ''];
/** Group units from the ones up: 万 and 亿 repeat as 万亿 above 10^12. */
const GROUP = ['', '万', '亿', '万亿'];

function digitName(d: string): string {
  return DIGIT[Number(d)] ?? d;
}

/** One group of up to four digits (no leading 零: the caller decides about zeros between groups). */
function readGroup(group: string, leading: boolean): string {
  const padded = group.padStart(4, '0');
  let out = '';
  let pendingZero = false;
  for (let i = 0; i < 4; i++) {
    const d = padded[i] as string;
    if (d === '0') {
      if (out) pendingZero = true;
      continue;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    // 两千 is how a figure starting 2000 is read; 二百, 二十 and 两万二千's 二 stay.
    out += (d === '2' && i === 0 && leading ? '两' : digitName(d)) + PLACE[i];
  }
  return out;
}

/**
 * A whole number: 1200 → 一千二百, 10086 → 一万零八十六, 15 → 十五, 0 → 零.
 * `beforeMagnitude`: the figure is followed by 万/亿/千/百 (2万 → 两万, not 二万).
 */
export function readInteger(digits: string, beforeMagnitude = false): string {
  const clean = digits.replace(/^0+(?=\d)/, '');
  if (clean === '0') return '零';
  if (clean === '2' && beforeMagnitude) return '两';
  if (clean.length > 16) return [...clean].map(digitName).join('');
  const groups: string[] = [];
  for (let end = clean.length; end > 0; end -= 4) groups.unshift(clean.slice(Math.max(0, end - 4), end));
  let out = '';
  let zeroBetween = false;
  groups.forEach((group, index) => {
    const unit = GROUP[groups.length - 1 - index] as string;
    const value = Number(group);
    if (value === 0) {
      if (out) zeroBetween = true;
      return;
    }
    // 1,0500 → 一万零五百: a group after a higher one, without its thousands, starts with 零.
    if (out && (zeroBetween || group.padStart(4, '0')[0] === '0')) out += '零';
    zeroBetween = false;
    let read = readGroup(group, index === 0);
    // A lone 2 before 万/亿 is 两: 2万 → 两万, 2亿 → 两亿 (but 12万 → 十二万).
    if (value === 2 && unit) read = '两';
    out += read + unit;
  });
  // 10 → 十, 15万 → 十五万: a leading 一十 is said 十.
  return out.startsWith('一十') ? out.slice(1) : out;
}

/** A decimal: 3.45 → 三点四五, 0.5 → 零点五, 100.25 → 一百点二五. */
export function readDecimal(text: string, beforeMagnitude = false): string {
  const [whole = '0', fraction] = text.split('.');
  if (fraction === undefined || fraction === '') return readInteger(whole, beforeMagnitude);
  return `${readInteger(whole || '0')}点${[...fraction].map(digitName).join('')}`;
}

/** A year, digit by digit: 2035 → 二〇三五, 2000 → 二〇〇〇. */
export function readYear(digits: string): string {
  return [...digits].map((d) => (d === '0' ? '〇' : digitName(d))).join('');
}
