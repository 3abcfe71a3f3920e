/**
 * Reading CSS selectors without a selector engine: the alternatives of a list, and a plain test
 * for the simple ones (a list of descendant chains of compounds `tag.class#id[attr^="v" i]`, with
 * `:not(compounds)`). Used by page-index.ts (with selector-needs.ts); anything these cannot read,
 * they say so (null), and the DOM's own engine answers.
 */

/**
 * Splits `s` where `at` says so, outside brackets, parentheses and quotes: 'split' cuts there,
 * 'fail' gives up (null), as does an unbalanced bracket or quote.
 */
function splitTopLevel(s: string, at: (ch: string) => 'split' | 'fail' | 'keep'): string[] | null {
  const out: string[] = [];
  let depth = 0;
  let quote = '';
  let cur = '';
  for (const ch of s) {
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth--;
    else if (depth === 0) {
      const what = at(ch);
      if (what === 'fail') return null;
      if (what === 'split') {
        out.push(cur);
        cur = '';
        continue;
      }
    }
    cur += ch;
  }
  if (depth !== 0 || quote) return null;
  out.push(cur);
  return out;
}

/** The alternatives of a selector list (top-level commas). */
export const alternatives = (sel: string): string[] | null => splitTopLevel(sel, (ch) => (ch === ',' ? 'split' : 'keep'));

/** Attributes whose values HTML compares without case in selectors (HTML § "case-sensitivity of selectors"). */
const CASELESS_ATTRS = new Set(
  ('accept accept-charset align alink axis bgcolor charset checked clear codetype color compact declare defer dir direction disabled ' +
    'enctype face frame hreflang http-equiv lang language link media method multiple nohref noresize noshade nowrap readonly rel rev ' +
    'rules scope scrolling selected shape target text type valign valuetype vlink').split(' '),
);

const IDENT = '-?[_a-zA-Z][\\w-]*';
const COMPOUND = new RegExp(
  `^(\\*|${IDENT})?((?:[.#]${IDENT}|\\[\\s*${IDENT}\\s*(?:[~|^$*]?=\\s*(?:"[^"]*"|'[^']*'|${IDENT})\\s*(?:\\s[iIsS])?\\s*)?\\])*)$`,
);
const PART = new RegExp(`([.#])(${IDENT})|\\[\\s*(${IDENT})\\s*(?:([~|^$*]?=)\\s*(?:"([^"]*)"|'([^']*)'|(${IDENT}))\\s*(?:\\s([iIsS]))?\\s*)?\\]`, 'g');

const matcherCache = new Map<string, ((el: Element) => boolean) | null>();

/** A test for `sel` when it is a list of simple compounds, else null. */
export function simpleMatcher(sel: string, quirks = false): ((el: Element) => boolean) | null {
  const key = `${quirks ? 'q' : 's'}${sel}`;
  if (matcherCache.has(key)) return matcherCache.get(key) ?? null;
  const alts = sel.includes('\\') ? null : alternatives(sel);
  let result: ((el: Element) => boolean) | null = null;
  if (alts) {
    const tests = alts.map((a) => chain(a.trim(), quirks));
    if (tests.every((t) => t !== null)) {
      const ts = tests as ((el: Element) => boolean)[];
      result = (el) => ts.some((t) => t(el));
    }
  }
  matcherCache.set(key, result);
  return result;
}

/** `A B C`: the element is a C inside a B inside an A (nearest ancestors first is enough for descendant chains). */
function chain(src: string, quirks: boolean): ((el: Element) => boolean) | null {
  // Descendant combinators only: another combinator outside brackets is not ours to read.
  const parts = splitTopLevel(src, (ch) => (ch === '>' || ch === '+' || ch === '~' ? 'fail' : /\s/.test(ch) ? 'split' : 'keep'))?.filter(Boolean);
  if (!parts || parts.length === 0) return null;
  const tests = parts.map((p) => compound(p, quirks));
  if (tests.some((t) => t === null)) return null;
  const ts = tests as ((el: Element) => boolean)[];
  const last = ts[ts.length - 1];
  if (ts.length === 1) return last;
  return (el) => {
    if (!last(el)) return false;
    let at: Element | null = el.parentElement;
    for (let i = ts.length - 2; i >= 0; i--) {
      while (at && !ts[i](at)) at = at.parentElement;
      if (!at) return false;
      at = at.parentElement;
    }
    return true;
  };
}

/** A compound with `:not(simple compounds)` parts. */
function compound(full: string, quirks: boolean): ((el: Element) => boolean) | null {
  const nots: ((el: Element) => boolean)[] = [];
  let ok = true;
  const src = full.replace(/:not\(([^()]*)\)/g, (_, inner: string) => {
    const ts = alternatives(inner)?.map((a) => plainCompound(a.trim(), quirks));
    if (!ts || ts.some((t) => t === null)) ok = false;
    else nots.push((el) => !(ts as ((e: Element) => boolean)[]).some((t) => t(el)));
    return '';
  });
  if (!ok) return null;
  const base = src === '' && nots.length ? () => true : plainCompound(src, quirks);
  if (!base) return null;
  return nots.length ? (el) => base(el) && nots.every((n) => n(el)) : base;
}

function plainCompound(src: string, quirks: boolean): ((el: Element) => boolean) | null {
  const m = COMPOUND.exec(src);
  if (!m || !src) return null;
  const tag = m[1] && m[1] !== '*' ? m[1].toLowerCase() : null;
  const checks: ((el: Element) => boolean)[] = [];
  if (tag) checks.push((el) => el.localName.toLowerCase() === tag);
  const fold = (s: string) => (quirks ? s.toLowerCase() : s);
  for (const p of m[2].matchAll(PART)) {
    if (p[1] === '.') {
      const name = fold(p[2]);
      checks.push((el) => {
        const c = el.getAttribute('class');
        return c !== null && fold(c).split(/[ \t\n\f\r]+/).includes(name);
      });
    } else if (p[1] === '#') {
      const name = fold(p[2]);
      checks.push((el) => fold(el.getAttribute('id') ?? '') === name && el.hasAttribute('id'));
    } else {
      const attr = p[3].toLowerCase();
      const op = p[4];
      if (!op) {
        checks.push((el) => el.hasAttribute(attr));
        continue;
      }
      const flag = p[8]?.toLowerCase();
      const caseless = flag === 'i' || (flag !== 's' && CASELESS_ATTRS.has(attr));
      const norm = (s: string) => (caseless ? s.toLowerCase() : s);
      const want = norm(p[5] ?? p[6] ?? p[7] ?? '');
      const test = valueTest(op, want);
      checks.push((el) => {
        const v = el.getAttribute(attr);
        return v !== null && test(norm(v));
      });
    }
  }
  return (el) => checks.every((c) => c(el));
}

function valueTest(op: string, want: string): (v: string) => boolean {
  switch (op) {
    case '=': return (v) => v === want;
    case '^=': return (v) => want !== '' && v.startsWith(want);
    case '$=': return (v) => want !== '' && v.endsWith(want);
    case '*=': return (v) => want !== '' && v.includes(want);
    case '~=': return (v) => want !== '' && !/\s/.test(want) && v.split(/[ \t\n\f\r]+/).includes(want);
    default: return (v) => v === want || v.startsWith(`${want}-`); // |=
  }
}
