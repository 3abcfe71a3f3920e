/**
 * What a CSS selector needs of a page to match at all: the class names, tag names, ids and
 * attribute names outside its pseudo-classes' parentheses, per alternative of the list. Used by
 * page-index.ts to skip the searches a page cannot answer; null when a selector cannot be read.
 */
import { alternatives } from './selectors';

export interface Need {
  classes: string[];
  tags: string[];
  ids: string[];
  /** Attribute names (lower case) of `[attr…]` tests outside any pseudo-class's parentheses. */
  attrs: string[];
}

/** The attribute names an alternative tests outside parentheses (`:not([x])` needs no `x`). */
function attrNamesOf(alt: string): string[] {
  const out: string[] = [];
  let parens = 0;
  let quote = '';
  for (let i = 0; i < alt.length; i++) {
    const ch = alt[i];
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '(') parens++;
    else if (ch === ')') parens--;
    else if (ch === '[' && parens === 0) {
      const m = /^\[\s*(-?[_a-zA-Z][\w-]*)\s*(?:[~|^$*]?=|\])/.exec(alt.slice(i));
      if (m) out.push(m[1].toLowerCase());
    }
  }
  return out;
}

/** Per selector: what each of its alternatives needs, or null when we cannot tell. */
const needsCache = new Map<string, Need[] | null>();

/** Removes `[...]`, `(...)` and quoted strings, keeping their place as a space-free marker. */
function stripInner(s: string): string | null {
  let out = '';
  let depth = 0;
  let quote = '';
  for (const ch of s) {
    if (quote) {
      if (ch === quote) quote = '';
      continue;
    }
    if (ch === '"' || ch === "'") {
      quote = ch;
      continue;
    }
    if (ch === '(' || ch === '[') {
      depth++;
      if (depth === 1) out += '@';
      continue;
    }
    if (ch === ')' || ch === ']') {
      depth--;
      continue;
    }
    if (depth === 0) out += ch;
  }
  return depth === 0 ? out : null;
}

export function needsOf(sel: string): Need[] | null {
  if (needsCache.has(sel)) return needsCache.get(sel) ?? null;
  let result: Need[] | null = null;
  const alts = sel.includes('\\') ? null : alternatives(sel);
  if (alts) {
    result = [];
    for (const alt of alts) {
      const bare = stripInner(alt);
      if (bare === null) {
        result = null;
        break;
      }
      const need: Need = { classes: [], tags: [], ids: [], attrs: attrNamesOf(alt) };
      // Pseudo-classes and pseudo-elements (":scope", ":not(…)") say nothing we need.
      const simple = bare.replace(/::?[\w-]+@?/g, '@');
      for (const m of simple.matchAll(/([.#]?)(-?[_a-zA-Z][\w-]*)/g)) {
        const before = m.index > 0 ? simple[m.index - 1] : ' ';
        const name = m[2];
        if (m[1] === '.') need.classes.push(name);
        else if (m[1] === '#') need.ids.push(name);
        // A tag name stands at the start of a compound selector.
        else if (/[\s>+~@]/.test(before) || m.index === 0) {
          if (before !== '@') need.tags.push(name.toLowerCase());
        }
      }
      result.push(need);
    }
  }
  needsCache.set(sel, result);
  return result;
}
