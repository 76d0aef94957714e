import { describe, expect, it } from 'vitest';
import { CATALOGUES } from './catalogue';
import { LANGUAGES } from './language';

/** Every message's path ("train.start.label"), so two catalogues can be compared key by key. */
function keyPaths(node: unknown, prefix = ''): string[] {
  if (typeof node === 'string') return [prefix];
  if (node === null || typeof node !== 'object') throw new Error(`${prefix} is neither a message nor a group`);
  return Object.entries(node).flatMap(([key, child]) => keyPaths(child, prefix ? `${prefix}.${key}` : key));
}

/** `{{name}}` placeholders, which a translation must keep (a lost count or figure reads as nonsense). */
const placeholders = (message: string): string[] =>
  [...message.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1] ?? '').sort();

function messageAt(catalogue: unknown, path: string): string {
  const value = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], catalogue);
  if (typeof value !== 'string') throw new Error(`${path} is not a message`);
  return value;
}

describe('the message catalogue', () => {
  const english = keyPaths(CATALOGUES.en);

  it.each(LANGUAGES.filter((language) => language !== 'en'))('%s has every English key and no other', (language) => {
    const translated = keyPaths(CATALOGUES[language]);
    expect(
      english.filter((key) => !translated.includes(key)),
      'missing',
    ).toEqual([]);
    expect(
      translated.filter((key) => !english.includes(key)),
      'not in English',
    ).toEqual([]);
  });

  it.each(LANGUAGES)('%s has no empty message', (language) => {
    const empty = keyPaths(CATALOGUES[language]).filter((key) => !messageAt(CATALOGUES[language], key).trim());
    expect(empty).toEqual([]);
  });

  it.each(LANGUAGES.filter((language) => language !== 'en'))('%s keeps every placeholder of English', (language) => {
    const lost = english.filter(
      (key) =>
        placeholders(messageAt(CATALOGUES.en, key)).join() !==
        placeholders(messageAt(CATALOGUES[language], key)).join(),
    );
    expect(lost).toEqual([]);
  });

  it('finds a missing key', () => {
    const partial = { common: { title: 'x' } };
    expect(keyPaths(CATALOGUES.en).filter((key) => !keyPaths(partial).includes(key))).toContain('common.tagline');
  });
});
