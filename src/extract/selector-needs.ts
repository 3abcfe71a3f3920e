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
  /**
   * Tests of an `id` or `class` attribute's value (`[id^="comment-"]`, `[class*="depth-"]`) outside
   * parentheses: the page needs an id, or a class name, that passes them. Absent when there are none.
   */
  values?: ValueTest[];
}

/**
 * What an `[id…]` or `[class…]` test needs of the page's ids or class names (`op`: = ^ * $, on the
 * whole id or on one class name). Only tests that any match implies: a class test whose value
 * holds a space or is empty, `|=`, and `~=` on an id are left out. `fold`: the ` i` flag (the index
 * compares without case all the same).
 */
export interface ValueTest {
  attr: 'id' | 'class';
  op: '=' | '^' | '*' | '$';
  value: string;
  fold: boolean;
}

const VALUE_TEST = /^\[\s*(id|class)\s*([~^$*]?)=\s*(?:"([^"]*)"|'([^']*)'|([^\s\]"']+))\s*([iIsS]?)\s*\]/i;

/** The value test `[...]` at the start of `s` states, if it is one we can use. */
function valueTestOf(s: string): ValueTest | null {
  const m = VALUE_TEST.exec(s);
  if (!m) return null;
  const attr = m[1].toLowerCase() as 'id' | 'class';
  const value = m[3] ?? m[4] ?? m[5] ?? '';
  const op = m[2] === '~' ? (attr === 'class' ? '=' : null) : ((m[2] || '=') as ValueTest['op']);
  // A class test spanning a space, or an empty value, says nothing about any one class name.
  if (!op || !value || (attr === 'class' && /\s/.test(value)) || value.includes('\\')) return null;
  return { attr, op, value, fold: m[6].toLowerCase() === 'i' };
}

/** The attribute names an alternative tests outside parentheses (`:not([x])` needs no `x`). */
function attrNamesOf(alt: string, values?: ValueTest[]): string[] {
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
      const rest = alt.slice(i);
      const m = /^\[\s*(-?[_a-zA-Z][\w-]*)\s*(?:[~|^$*]?=|\])/.exec(rest);
      if (m) out.push(m[1].toLowerCase());
      const v = values && m ? valueTestOf(rest) : null;
      if (v) values?.push(v);
    }
  }
  return out;
}

/** Per selector: what each of its alternatives needs, or null when we cannot tell. */
const needsCache = new Map<string, Need[] | null>();

/** Removes `[...]`, `(...)` and quoted strings, keeping their place as a space-free marker. */
export function stripInner(s: string): string | null {
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
      const values: ValueTest[] = [];
      const need: Need = { classes: [], tags: [], ids: [], attrs: attrNamesOf(alt, values) };
      if (values.length) need.values = values;
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
