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

/** Per index: whether some id or class name passes a value test (a search of the names, once per test: needsOf keeps its tests). */
const valueCache = new WeakMap<PageIndex, Map<ValueTest, boolean>>();
function passes(idx: PageIndex, v: ValueTest): boolean {
  let cache = valueCache.get(idx);
  if (!cache) valueCache.set(idx, (cache = new Map()));
  let hit = cache.get(v);
  if (hit === undefined) cache.set(v, (hit = passesUncached(idx, v)));
  return hit;
}
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
const possibleCache = new WeakMap<PageIndex, Map<string, string>>();
export function possible(sel: string, idx: PageIndex): string {
  let cache = possibleCache.get(idx);
  if (!cache) possibleCache.set(idx, (cache = new Map()));
  let hit = cache.get(sel);
  if (hit === undefined) cache.set(sel, (hit = possibleUncached(sel, idx)));
  return hit;
}
function possibleUncached(sel: string, idx: PageIndex): string {
  const needs = needsOf(sel);
  const alts = needs ? alternatives(sel) : null;
  if (!needs || !alts || alts.length !== needs.length || alts.length < 2) return sel;
  const kept = alts.filter((_, i) => present(idx, needs[i]));
  return kept.length === alts.length || !kept.length ? sel : kept.join(',');
}

/** A test for `sel` when every alternative the page may match is one compound of a FEW_TAGS tag (`meta[name="x" i]`), else null. */
const fewCache = new WeakMap<PageIndex, Map<string, ((el: Element) => boolean) | null>>();
export function fewTest(sel: string, idx: PageIndex): ((el: Element) => boolean) | null {
  let cache = fewCache.get(idx);
  if (!cache) fewCache.set(idx, (cache = new Map()));
  let hit = cache.get(sel);
  if (hit === undefined) {
    const kept = possible(sel, idx);
    const alts = alternatives(kept);
    const few = alts?.every((a) => {
      const bare = stripInner(a.trim());
      const tag = bare && /^([a-zA-Z]+)(?![\w-])/.exec(bare)?.[1].toLowerCase();
      // One compound: nothing outside brackets and parentheses but its own parts (no combinator).
      return !!tag && FEW_TAGS.has(tag) && !/[\s>+~]/.test(bare as string);
    });
    hit = few ? simpleMatcher(kept, idx.quirks) : null;
    cache.set(sel, hit);
  }
  return hit;
}

/** Forgets what was worked out from the index's names (names were added: open shadow trees). */
export function forgetAnswers(idx: PageIndex): void {
  possibleCache.delete(idx);
  valueCache.delete(idx);
  fewCache.delete(idx);
}
