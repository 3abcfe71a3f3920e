import { describe, expect, it } from 'vitest';
import { syntheticExtraction } from '../popup/test-data';
import { packed, unpacked } from './wire';

describe('a reading on the wire', () => {
  it('leaves out texts that are their paragraphs joined and puts them back', () => {
    const ex = syntheticExtraction({ comments: 50, seed: 3 });
    const odd = { ...ex.comments[0], text: 'Texte différent des paragraphes.' };
    const x = { ...ex, comments: [odd, ...ex.comments.slice(1)] };
    const wire = packed(x);
    expect(wire.comments[0].text).toBe('Texte différent des paragraphes.');
    expect(wire.comments.slice(1).every((c) => !('text' in c))).toBe(true);
    expect(JSON.stringify(wire).length).toBeLessThan(JSON.stringify(x).length * 0.85);
    expect(unpacked(JSON.parse(JSON.stringify(wire)))).toEqual(x);
  });

  it('passes a reading that was never packed through unchanged', () => {
    const ex = syntheticExtraction({ comments: 5, seed: 1 });
    expect(unpacked(ex)).toBe(ex);
  });
});
