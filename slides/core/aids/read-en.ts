/**
 * Arabic figures read aloud in English: 1,200,000 → one million two hundred thousand,
 * 3.45 → three point four five, 2035 (a year) → twenty thirty-five.
 */

const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const SCALES = ['', 'thousand', 'million', 'billion', 'trillion', 'quadrillion'];

function underHundred(n: number): string {
  if (n < 20) return ONES[n] as string;
  const tens = TENS[Math.floor(n / 10)] as string;
  return n % 10 ? `${tens}-${ONES[n % 10]}` : tens;
}

function underThousand(n: number): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const parts = hundreds ? [`${ONES[hundreds]} hundred`] : [];
  if (rest) parts.push(underHundred(rest));
  return parts.join(' ');
}

/** A whole number from its digits (no separators): 1200 → one thousand two hundred. */
export function readIntegerEn(digits: string): string {
  const clean = digits.replace(/^0+(?=\d)/, '');
  if (clean === '0') return 'zero';
  if (clean.length > 18) return [...clean].map((d) => ONES[Number(d)]).join(' ');
  const groups: number[] = [];
  for (let end = clean.length; end > 0; end -= 3) groups.unshift(Number(clean.slice(Math.max(0, end - 3), end)));
  const words: string[] = [];
  groups.forEach((group, index) => {
    if (group === 0) return;
    const scale = SCALES[groups.length - 1 - index] as string;
    words.push(scale ? `${underThousand(group)} ${scale}` : underThousand(group));
  });
  return words.join(' ');
}

/** 3.45 → three point four five. */
export function readDecimalEn(text: string): string {
  const [whole = '0', fraction] = text.split('.');
  const head = readIntegerEn(whole || '0');
  if (!fraction) return head;
  return `${head} point ${[...fraction].map((d) => ONES[Number(d)]).join(' ')}`;
}

/** A year as said: 2035 → twenty thirty-five, 2005 → two thousand five, 1998 → nineteen ninety-eight, 1900 → nineteen hundred. */
export function readYearEn(digits: string): string {
  const year = Number(digits);
  const century = Math.floor(year / 100);
  const rest = year % 100;
  if (year >= 2000 && year < 2010) return readIntegerEn(digits);
  if (rest === 0) return `${underHundred(century)} hundred`;
  return `${underHundred(century)} ${rest < 10 ? `oh ${ONES[rest]}` : underHundred(rest)}`;
}
