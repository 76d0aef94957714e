import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../i18n/i18n';
import { linkProblems } from './linkStore';

describe('linkProblems', () => {
  afterEach(() => setLanguage('en'));

  it('has none for no link', () => expect(linkProblems('')).toEqual([]));

  it('reads the same link in the language on screen now, so the notice follows a change of language', () => {
    expect(linkProblems('?seeds=0')).toEqual(["seeds='0' is ignored: seeds must be a whole number from 1 to 10."]);
    setLanguage('zh');
    expect(linkProblems('?seeds=0')).toEqual(["seeds='0' 已被忽略：seeds 必须是 1 到 10 之间的整数。"]);
  });
});
