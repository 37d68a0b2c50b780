/**
 * A list counter rendered in one of Word's number formats (w:numFmt), as Word and WPS show it:
 * 一 二 … 十一 二十 (chineseCounting), 壹 贰 (chineseLegalSimplified), 甲 乙 (ideographTraditional),
 * ① ②, １ ２, A … Z AA, i ii, 01 02. Formats without a rendering of their own fall back to decimal,
 * as Word does for a format it does not know.
 */

const CHINESE_DIGITS = '〇一二三四五六七八九';
const LEGAL_DIGITS = '零壹贰叁肆伍陆柒捌玖';
const LEGAL_UNITS = ['', '拾', '佰', '仟'];
const COUNTING_UNITS = ['', '十', '百', '千'];
const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';
const EARTHLY_BRANCHES = '子丑寅卯辰巳午未申酉戌亥';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const PARENTHESISED = '⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇';
const FULL_STOPPED = '⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛';

/** 1–9999 in Chinese counting: 十一 (not 一十一) at the start, 一百零五, 二千零一十. */
function chineseCounting(n: number, digits: string, units: readonly string[], bareTen: boolean): string {
  if (n === 0) return digits[0] as string;
  if (n >= 10000) return String(n);
  const parts: string[] = [];
  const text = String(n);
  let zero = false;
  for (let i = 0; i < text.length; i++) {
    const d = Number(text[i]);
    const unit = units[text.length - 1 - i] as string;
    if (d === 0) {
      zero = true;
      continue;
    }
    if (zero && parts.length > 0) parts.push(digits[0] as string);
    zero = false;
    const leadingTen = bareTen && d === 1 && unit === units[1] && parts.length === 0;
    parts.push(leadingTen ? unit : (digits[d] as string) + unit);
  }
  return parts.join('');
}

function letters(n: number, upper: boolean): string {
  // Word repeats the letter: 27 → AA, 28 → BB.
  const letter = String.fromCharCode((upper ? 65 : 97) + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number, upper: boolean): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  let rest = n;
  for (const [value, glyph] of table) {
    while (rest >= value) {
      out += glyph;
      rest -= value;
    }
  }
  return upper ? out.toUpperCase() : out;
}

function fromList(n: number, list: string): string {
  const glyphs = [...list];
  return n >= 1 && n <= glyphs.length ? (glyphs[n - 1] as string) : String(n);
}

const FULL_WIDTH_ZERO = 0xff10;

/** The counter value `n` in Word number format `format`; '' for bullet/none (no counter shown). */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'none':
    case 'bullet':
      return '';
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'koreanCounting':
      return chineseCounting(n, CHINESE_DIGITS.replace('〇', '零'), COUNTING_UNITS, true);
    case 'chineseLegalSimplified':
    case 'japaneseLegal':
      return chineseCounting(n, LEGAL_DIGITS, LEGAL_UNITS, false);
    case 'ideographDigital':
    case 'taiwaneseDigital':
    case 'japaneseDigitalTenThousand':
      return [...String(n)].map((d) => CHINESE_DIGITS[Number(d)]).join('');
    case 'ideographTraditional':
      return fromList(n, HEAVENLY_STEMS);
    case 'ideographZodiac':
      return fromList(n, EARTHLY_BRANCHES);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
    case 'ideographEnclosedCircle':
      return fromList(n, CIRCLED);
    case 'decimalEnclosedParen':
      return fromList(n, PARENTHESISED);
    case 'decimalEnclosedFullstop':
      return fromList(n, FULL_STOPPED);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return [...String(n)].map((d) => String.fromCharCode(FULL_WIDTH_ZERO + Number(d))).join('');
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'upperLetter':
      return letters(n, true);
    case 'lowerLetter':
      return letters(n, false);
    case 'upperRoman':
      return roman(n, true);
    case 'lowerRoman':
      return roman(n, false);
    default:
      return String(n);
  }
}
