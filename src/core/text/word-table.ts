/**
 * A table from words to small non-negative integers that can be asked with a range of a longer text,
 * so that a word seen before is found without cutting it out of its text (no new string, no string
 * hashing by the engine): the hot path of reading every word of thousands of comments.
 * Open addressing over typed arrays; grows at half load.
 */

/** FNV-1a over the UTF-16 code units of text[start, end). */
export function hashRange(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h | 0;
}

export class WordTable {
  private slots = new Int32Array(1024).fill(-1);
  // Typed arrays: hashes and values are int32s, most of them outside the engine's small-integer range
  // (a plain array of them would turn into one of doubles, and its readers would be recompiled).
  private hashes = new Int32Array(512);
  private values = new Int32Array(512);
  private keys: string[] = [];

  get size(): number {
    return this.keys.length;
  }

  /** The value of text[start, end), or -1. */
  findRange(text: string, start: number, end: number, hash = hashRange(text, start, end)): number {
    const mask = this.slots.length - 1;
    const len = end - start;
    for (let s = hash & mask; ; s = (s + 1) & mask) {
      const k = this.slots[s];
      if (k < 0) return -1;
      if (this.hashes[k] !== hash) continue;
      const key = this.keys[k];
      if (key.length !== len) continue;
      let i = 0;
      while (i < len && key.charCodeAt(i) === text.charCodeAt(start + i)) i++;
      if (i === len) return this.values[k];
    }
  }

  get(word: string): number {
    return this.findRange(word, 0, word.length);
  }

  /** Adds a word not in the table yet. */
  add(word: string, value: number, hash = hashRange(word, 0, word.length)): void {
    const k = this.keys.length;
    if ((k + 1) * 2 > this.slots.length) this.grow();
    this.place(k, hash);
    this.hashes[k] = hash;
    this.values[k] = value;
    this.keys.push(word);
  }

  clear(): void {
    this.slots = new Int32Array(1024).fill(-1);
    this.keys = [];
  }

  private place(k: number, hash: number): void {
    const mask = this.slots.length - 1;
    let s = hash & mask;
    while (this.slots[s] >= 0) s = (s + 1) & mask;
    this.slots[s] = k;
  }

  /** Twice the slots (and room for as many words as they may hold at half load). */
  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    const room = this.slots.length / 2;
    const hashes = new Int32Array(room);
    hashes.set(this.hashes.subarray(0, this.keys.length));
    this.hashes = hashes;
    const values = new Int32Array(room);
    values.set(this.values.subarray(0, this.keys.length));
    this.values = values;
    for (let k = 0; k < this.keys.length; k++) this.place(k, this.hashes[k]);
  }
}
