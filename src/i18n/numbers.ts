/**
 * Numbers as each of the page's languages writes them. English and Simplified Chinese both group thousands with
 * "," and write "." before decimals and "%" right after a percentage, so one cheap writer serves both: the
 * first Intl.NumberFormat a page builds costs about 20 ms of its first frame. `numbers.test.ts` holds this
 * to Intl.NumberFormat's own output for each language; a language that writes numbers otherwise gets an entry
 * in NUMBER_MARKS.
 */
import { LANGUAGE_TAGS, type Language } from './language';

interface NumberMarks {
  group: string;
  decimal: string;
}

const NUMBER_MARKS: Readonly<Record<Language, NumberMarks>> = {
  en: { group: ',', decimal: '.' },
  zh: { group: ',', decimal: '.' },
};

/**
 * `value` rounded half away from zero at `digits` decimals of its shortest decimal form, as Intl rounds: 0.0715
 * is 0.07149999… in binary, which toFixed(3) alone writes 0.071, and Intl 0.072.
 */
function roundDecimal(value: number, digits: number): number {
  return shiftDecimal(Math.round(shiftDecimal(value, digits)), -digits);
}

/** `value` × 10^places, shifted in its decimal form, so no binary rounding creeps in (0.0715 × 100 is 7.1499…). */
function shiftDecimal(value: number, places: number): number {
  const text = String(value);
  return text.includes('e') ? value * 10 ** places : Number(`${text}e${places}`);
}

/** `value` with `digits` decimals and grouped thousands, in `language`'s marks. */
export function writeNumber(value: number, digits: number, language: Language): string {
  // Infinity and NaN have words of their own (∞, NaN); they are never on the page, but stay right if they are.
  if (!Number.isFinite(value))
    return new Intl.NumberFormat(LANGUAGE_TAGS[language], { maximumFractionDigits: digits }).format(value);
  const { group, decimal } = NUMBER_MARKS[language];
  const fixed = roundDecimal(Math.abs(value), digits).toFixed(digits);
  const [whole = '', fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  // Signed whenever the value is below zero, even where it rounds to zero (-0.004 → "-0"), as Intl writes it.
  const negative = value < 0 || Object.is(value, -0);
  return `${negative ? '-' : ''}${grouped}${fraction === undefined ? '' : `${decimal}${fraction}`}`;
}

/** A fraction as a percentage with `digits` decimals ("93.40%"). */
export function writePercent(fraction: number, digits: number, language: Language): string {
  return `${writeNumber(shiftDecimal(fraction, 2), digits, language)}%`;
}
