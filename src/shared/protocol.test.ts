import { describe, expect, it } from 'vitest';
import { backgroundValidators, contentValidators, validate } from './protocol';

describe('message validation at the edge', () => {
  it.each([
    [{ type: 'analyze-tab', tabId: 4, refresh: false }, true],
    [{ type: 'analyze-tab', tabId: -1, refresh: false }, false],
    [{ type: 'analyze-tab', tabId: '4', refresh: false }, false],
    [{ type: 'preview-tab', tabId: 4, refresh: true }, true],
    [{ type: 'preview-tab', tabId: 4 }, false],
    [{ type: 'jump-to', tabId: 4, commentId: 'comment-12' }, true],
    [{ type: 'jump-to', tabId: 4, commentId: '' }, false],
    [{ type: 'set-annotations', tabId: 4, on: 'yes' }, false],
    [{ type: 'toString', tabId: 4 }, false],
    [{ type: '__proto__' }, false],
    [null, false],
    ['analyze-tab', false],
    [[{ type: 'analyze-tab' }], false],
  ])('background %j -> %s', (msg, ok) => {
    expect(validate(backgroundValidators, msg)).toBe(ok);
  });

  it.each([
    [{ type: 'extract' }, true],
    [{ type: 'extract', budgetMs: 40 }, true],
    [{ type: 'extract', budgetMs: 0 }, false],
    [{ type: 'extract', budgetMs: '40' }, false],
    [{ type: 'extract', budgetMs: Infinity }, false],
    [{ type: 'jump-to', commentId: '12', anchor: '#comment-12' }, true],
    [{ type: 'jump-to', commentId: '12', anchor: 42 }, false],
    [{ type: 'annotate', on: true, analysis: null }, true],
    [{ type: 'annotate', on: true, analysis: 'x' }, false],
    [{ type: 'eval', code: 'alert(1)' }, false],
  ])('content %j -> %s', (msg, ok) => {
    expect(validate(contentValidators, msg)).toBe(ok);
  });
});
