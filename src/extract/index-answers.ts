/**
 * What the page index's names tell of a selector (page-index.ts): whether an alternative can match
 * at all, which alternatives a scan needs to test, and whether only the few elements of FEW_TAGS
 * can match. Worked out once per index and selector.
 */
import { alternatives, simpleMatcher } from './selectors';
import { needsOf, stripInner, type Need, type ValueTest } from './selector-needs';
import { FEW_TAGS, type PageIndex } from './page-walk';

/** Whether the page has every name `n` needs (and some id or class value passing each of its value tests). */
export const present = (idx: PageIndex, n: Need) =>
  n.classes.every((c) => idx.classes.has(idx.quirks ? c.toLowerCase() : c)) &&
  n.tags.every((t) => idx.tags.has(t)) &&
  n.ids.every((i) => idx.ids.has(idx.quirks ? i.toLowerCase() : i)) &&
  n.attrs.every((a) => idx.attrs.has(a)) &&
  (!n.values || n.values.every((v) => passes(idx, v)));

/** Answers worked out from an index's names, per index and question (forgotten by forgetAnswers); never undefined. */
type Answers<K, V> = WeakMap<PageIndex, Map<K, V>>;
function answer<K, V>(answers: Answers<K, V>, idx: PageIndex, q: K, work: () => V): V {
  let cache = answers.get(idx);
  if (!cache) answers.set(idx, (cache = new Map()));
  let v = cache.get(q);
  if (v === undefined) cache.set(q, (v = work()));
  return v;
}

/** Per index: whether some id or class name passes a value test (a search of the names, once per test: needsOf keeps its tests). */
const valueCache: Answers<ValueTest, boolean> = new WeakMap();
const passes = (idx: PageIndex, v: ValueTest): boolean => answer(valueCache, idx, v, () => passesUncached(idx, v));
function passesUncached(idx: PageIndex, v: ValueTest): boolean {
  // Compared without case: the index holds names lower-cased on a quirks-mode page, and selector
  // engines differ on the case of attribute values (jsdom's ignores it). It may let a search through
  // that finds nothing, never skip one that would find something.
  const want = v.value.toLowerCase();
  const test = v.op === '=' ? (s: string) => s === want : v.op === '^' ? (s: string) => s.startsWith(want) : v.op === '$' ? (s: string) => s.endsWith(want) : (s: string) => s.includes(want);
  for (const name of v.attr === 'id' ? idx.ids : idx.classes) if (test(name.toLowerCase())) return true;
  return false;
}

/** The alternatives of a selector list that the page can match at all: a scan tests only those. */
const possibleCache: Answers<string, string> = new WeakMap();
export const possible = (sel: string, idx: PageIndex): string => answer(possibleCache, idx, sel, () => possibleUncached(sel, idx));
function possibleUncached(sel: string, idx: PageIndex): string {
  const needs = needsOf(sel);
  const alts = needs ? alternatives(sel) : null;
  if (!needs || !alts || alts.length !== needs.length || alts.length < 2) return sel;
  const kept = alts.filter((_, i) => present(idx, needs[i]));
  return kept.length === alts.length || !kept.length ? sel : kept.join(',');
}

/** A test for `sel` when every alternative the page may match is one compound of a FEW_TAGS tag (`meta[name="x" i]`), else null. */
const fewCache: Answers<string, ((el: Element) => boolean) | null> = new WeakMap();
export const fewTest = (sel: string, idx: PageIndex): ((el: Element) => boolean) | null => answer(fewCache, idx, sel, () => fewTestUncached(sel, idx));
function fewTestUncached(sel: string, idx: PageIndex): ((el: Element) => boolean) | null {
  const kept = possible(sel, idx);
  const alts = alternatives(kept);
  const few = alts?.every((a) => {
    const bare = stripInner(a.trim());
    const tag = bare && /^([a-zA-Z]+)(?![\w-])/.exec(bare)?.[1].toLowerCase();
    // One compound: nothing outside brackets and parentheses but its own parts (no combinator).
    return !!tag && FEW_TAGS.has(tag) && !/[\s>+~]/.test(bare as string);
  });
  return few ? simpleMatcher(kept, idx.quirks) : null;
}

/** Forgets what was worked out from the index's names (names were added: open shadow trees). */
export function forgetAnswers(idx: PageIndex): void {
  possibleCache.delete(idx);
  valueCache.delete(idx);
  fewCache.delete(idx);
}
