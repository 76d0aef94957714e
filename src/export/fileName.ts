/**
 * File names for exports that every OS accepts: lower-case ASCII letters, digits, hyphens and
 * decimal points only, so no character is reserved anywhere (/ \ : * ? " < > |),
 * and always beginning "mixup-", so no name is one of Windows's reserved device names (CON, NUL, …).
 * Pure: no DOM.
 */
import type { SavedItem } from '../storage/savedRun';

/** Long enough for a descriptive name, well under every file system's 255. */
export const MAX_FILE_NAME_LENGTH = 100;

/** Greek letters the page itself uses in names and settings, spelled out rather than dropped. */
const SPELLED_OUT: Readonly<Record<string, string>> = { α: 'alpha', β: 'beta', ε: 'epsilon', λ: 'lambda' };
const SPELLED_OUT_LETTERS = new RegExp(`[${Object.keys(SPELLED_OUT).join('')}]`, 'gu');

/**
 * Kebab-case ASCII words: accents are stripped (é → e), the Greek letters above spelled out, and
 * anything else outside a–z and 0–9 separates words. A decimal point between digits stays, so α = 0.2 reads alpha-0.2.
 */
function slug(text: string): string {
  const words = text
    .normalize('NFKD')
    .toLowerCase()
    .replace(SPELLED_OUT_LETTERS, (letter) => ` ${SPELLED_OUT[letter] ?? ''} `);
  return (words.match(/[a-z0-9]+(?:\.[0-9]+)*/g) ?? []).join('-');
}

/** When the item was created, to the minute in UTC: 2026-11-24-0341; nothing for an impossible time. */
function stamp(createdAt: number): string {
  const date = new Date(createdAt);
  if (Number.isNaN(date.getTime())) return '';
  const iso = date.toISOString();
  return `${iso.slice(0, 10)}-${iso.slice(11, 13)}${iso.slice(14, 16)}`;
}

/** The words cut to at most `length` characters, at a hyphen when there is one, so they do not end mid-word. */
function shorten(words: string, length: number): string {
  if (words.length <= length) return words;
  const cut = words.lastIndexOf('-', length);
  return cut > 0 ? words.slice(0, cut) : words.slice(0, Math.max(0, length));
}

/**
 * The file name of one export of `item`, e.g. mixup-run-small-data-2026-11-24-0341-curves.csv:
 * its kind, its name, its creation time and what the file holds. `extension` is without the dot.
 * The item's name is shortened to keep the whole within MAX_FILE_NAME_LENGTH.
 */
export function exportFileName(item: SavedItem | null, what: string, extension: string): string {
  if (!item) return `mixup-${slug(what)}.${slug(extension)}`;
  const prefix = `mixup-${item.kind}`;
  const tail = [stamp(item.createdAt), slug(what)].filter(Boolean);
  const dotExtension = `.${slug(extension)}`;
  // The name takes what the rest leaves, less the hyphen that joins it.
  const room = MAX_FILE_NAME_LENGTH - [prefix, ...tail].join('-').length - dotExtension.length - 1;
  return [prefix, shorten(slug(item.name), room), ...tail].filter(Boolean).join('-') + dotExtension;
}
