import { describe, expect, it } from 'vitest';
import { isolate } from '../../core/bidi';
import { en, fr } from './strings';

describe('annotation strings', () => {
  it("keep a page's name in its own direction inside our words (first-strong isolate)", () => {
    for (const t of [en, fr]) {
      expect(t.replyTo('سارة')).toContain('\u2068سارة\u2069');
      expect(t.authorTitle('דניאל', 3)).toContain('\u2068דניאל\u2069');
    }
    expect(fr.replyTo('Camille')).toBe('↳ en réponse à \u2068Camille\u2069');
    expect(en.authorTitle('Camille', 2)).toBe('\u2068Camille\u2069 wrote 2 comments on this page');
    expect(isolate('a')).toBe('\u2068a\u2069');
  });
});
