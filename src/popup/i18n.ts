import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import en from '../../public/_locales/en/messages.json';

/**
 * Every word the popup and the options page show comes from `_locales`.
 * In the extension the browser's own `i18n.getMessage` picks the reader's
 * language; outside it (tests, the screenshot harness) the bundled English
 * messages answer, formatted by the same placeholder rules.
 */

export type MessageKey = keyof typeof en;
type Entry = { message: string; placeholders?: Record<string, { content: string }> };
export type Messages = Record<string, Entry>;
export type Sub = string | number;

export interface Translator {
  (key: MessageKey, ...subs: Sub[]): string;
  /** BCP 47 tag of the language the messages are in, for numbers, dates and plurals. */
  lang: string;
  /** `key_one` / `key_other` by the language's plural rules; the count is $1. */
  n(key: string, count: number, ...subs: Sub[]): string;
  /** Makes the number and plural formats now (see build). */
  warm(): void;
}

/** Chrome's format: `$NAME$` -> its placeholder's content; then `$1`..`$9` -> substitutions; `$$` -> `$`. */
export function formatMessage(entry: Entry, subs: readonly string[]): string {
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (m, name: string) => {
    const ph = entry.placeholders?.[name.toLowerCase()];
    return ph ? ph.content : m;
  });
  return named.replace(/\$(?:([1-9])|(\$+))/g, (_m, i: string | undefined, dollars: string | undefined) =>
    i ? (subs[Number(i) - 1] ?? '') : (dollars ?? ''),
  );
}

type GetMessage = (key: string, subs?: string[]) => string;

function build(lookup: (key: string, subs: string[]) => string, lang: string): Translator {
  // Made on first use, or by warm(): a translator made for a fallback or a default context may never
  // need them, and the first Intl object of a page costs 19-43 ms of loading the locale's data (a new
  // Chromium page's first Intl.NumberFormat, scratch measure, 2026-11-28). The popup calls warm() while
  // it waits for its first answer, so that cost is not paid between that answer and the tree's paint.
  let num: Intl.NumberFormat | undefined;
  let rules: Intl.PluralRules | undefined;
  const str = (subs: readonly Sub[]) => subs.map((s) => (typeof s === 'number' ? (num ??= new Intl.NumberFormat(lang)).format(s) : s));
  const t = ((key: MessageKey, ...subs: Sub[]) => lookup(key, str(subs))) as Translator;
  t.lang = lang;
  t.n = (key, count, ...subs) => {
    const form = (rules ??= new Intl.PluralRules(lang)).select(count) === 'one' ? 'one' : 'other';
    return lookup(`${key}_${form}`, str([count, ...subs]));
  };
  t.warm = () => {
    num ??= new Intl.NumberFormat(lang);
    rules ??= new Intl.PluralRules(lang);
  };
  return t;
}

/** A translator over given messages (tests of the French catalogue), falling back to English. */
export function createTranslator(messages: Messages, lang: string): Translator {
  const fallback = en as Messages;
  return build((key, subs) => {
    const entry = messages[key] ?? fallback[key];
    return entry ? formatMessage(entry, subs) : key;
  }, lang);
}

interface I18nApi {
  getMessage?: GetMessage;
  getUILanguage?: () => string;
}

/** The browser's `i18n` when running as an extension page, else null. Never imports the polyfill. */
function browserI18n(): I18nApi | null {
  const g = globalThis as { browser?: { i18n?: I18nApi }; chrome?: { i18n?: I18nApi } };
  const api = g.browser?.i18n ?? g.chrome?.i18n;
  return api && typeof api.getMessage === 'function' ? api : null;
}

/** The translator to use: the browser's catalogue in the extension, the bundled English elsewhere. */
export function defaultTranslator(): Translator {
  const api = browserI18n();
  const fallback = createTranslator(en as Messages, 'en');
  if (!api?.getMessage) return fallback;
  const get = api.getMessage.bind(api) as GetMessage;
  const lang = safeLang(api.getUILanguage?.() ?? get('@@ui_locale'));
  return build((key, subs) => {
    let out: string | undefined;
    try {
      out = get(key, subs);
    } catch {
      // An unknown key throws in some browsers: fall back to English below.
    }
    return out || fallback(key as MessageKey, ...subs);
  }, lang);
}

function safeLang(tag: string | undefined): string {
  const t = (tag || 'en').replace('_', '-');
  try {
    return Intl.getCanonicalLocales(t)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

export const I18nContext = createContext<Translator>(createTranslator(en as Messages, 'en'));

export const useT = (): Translator => useContext(I18nContext);
