import { describe, expect, test } from 'vitest';
import { hashRange, WordTable } from './word-table';

describe('WordTable', () => {
  test('finds a word by itself or as a range of a longer text, and nothing else', () => {
    const t = new WordTable();
    t.add('sanctions', 7);
    t.add('l’Union', 3);
    const text = 'Les sanctions contre l’Union : sanction, sanctionsx.';
    expect(t.findRange(text, 4, 13)).toBe(7);
    expect(t.findRange(text, 21, 28)).toBe(3);
    expect(t.findRange(text, 31, 39)).toBe(-1); // "sanction": a prefix is not the word
    expect(t.findRange(text, 41, 51)).toBe(-1); // "sanctionsx"
    expect(t.get('sanctions')).toBe(7);
    expect(t.get('Sanctions')).toBe(-1);
    expect(t.get('')).toBe(-1);
  });

  test('keeps every word through growth, as a Map would', () => {
    const t = new WordTable();
    const m = new Map<string, number>();
    for (let i = 0; i < 20000; i++) {
      const w = `mot${(i * 7919) % 15000}é`;
      if (!m.has(w)) {
        m.set(w, i);
        t.add(w, i);
      }
    }
    expect(t.size).toBe(m.size);
    for (const [w, v] of m) expect(t.findRange(`« ${w} »`, 2, 2 + w.length)).toBe(v);
    expect(t.get('mot15000é')).toBe(-1);
  });

  test('hashes a range as the same word alone', () => {
    expect(hashRange('xx paix yy', 3, 7)).toBe(hashRange('paix', 0, 4));
    expect(hashRange('paix', 0, 4)).not.toBe(hashRange('pais', 0, 4));
  });
});
