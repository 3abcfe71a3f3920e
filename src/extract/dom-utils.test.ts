import { describe, expect, it } from 'vitest';
import { clean } from './dom-utils';

describe('clean', () => {
  it.each([
    ['  Camille  ', 'Camille'],
    ['Pierre D.\u00a0dit :', 'Pierre D. dit :'],
    ['la coordination avec moscou', 'la coordination avec moscou'],
    ['ligne un\n\n  ligne deux\t!', 'ligne un ligne deux !'],
    ['a\u200bb', 'a b'],
    ['a \u200b\u00a0 b', 'a b'],
    ['\u2003em\u2003space\ufeff', 'em space'],
    ['\r\n', ''],
    ['', ''],
  ])('%j -> %j', (raw, want) => {
    expect(clean(raw)).toBe(want);
    // The long form it replaces: every run of white space to one space.
    expect(raw.replace(/[\s\u00a0\u200b]+/g, ' ').trim()).toBe(want);
  });
  it('reads null and undefined as nothing', () => {
    expect(clean(null)).toBe('');
    expect(clean(undefined)).toBe('');
  });
});
