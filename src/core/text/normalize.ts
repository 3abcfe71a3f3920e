/** Normalisation for matching words: case, apostrophes, diacritics, and a light per-language stemmer. */

/** NFKC, one kind of apostrophe and quote, collapsed spaces. Keeps case and accents (for display). */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[\u2018\u2019\u201b\u02bc\u2032`´]/g, '’')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Lower case without diacritics: "Européens" -> "europeens". For matching only, never for display. */
export function fold(word: string): string {
  const lower = word.toLowerCase();
  // Fast path: plain ASCII needs no decomposition.
  if (/^[\x20-\x7e]*$/.test(lower)) return lower.includes("'") ? lower.replace(/'/g, '’') : lower;
  return lower.normalize('NFD').replace(/\p{M}+/gu, '').replace(/['’]/g, '’');
}

type Rule = [suffix: string, replacement: string];
/** Longest suffix first within each list; a rule applies only when at least `min` letters remain. */
const SUFFIXES: Record<string, Rule[]> = {
  en: [
    ['ational', 'ate'], ['ization', 'ize'], ['fulness', ''], ['iveness', ''], ['ousness', ''], ['lessness', ''],
    ['ements', ''], ['ement', ''], ['ments', ''], ['ment', ''], ['ities', ''], ['ity', ''], ['ically', ''],
    ['ations', ''], ['ation', ''], ['itions', ''], ['ition', ''], ['ions', ''], ['ion', ''], ['ingly', ''], ['edly', ''],
    ['ness', ''], ['ings', ''], ['ing', ''], ['ies', 'y'], ['ied', 'y'], ['fully', ''], ['ful', ''], ['less', ''],
    ['ously', ''], ['ous', ''], ['ively', ''], ['ive', ''], ['ally', ''], ['ical', ''], ['ic', ''], ['al', ''],
    ['ers', ''], ['er', ''], ['ed', ''], ['ly', ''], ['dom', ''], ['es', ''], ['s', ''], ['e', ''], ['y', ''],
  ],
  fr: [
    ['iennes', 'ien'], ['ienne', 'ien'], ['ennes', 'en'], ['enne', 'en'],
    ['issements', ''], ['issement', ''], ['ements', ''], ['ement', ''], ['ations', ''], ['ation', ''],
    ['ments', ''], ['ment', ''], ['ités', ''], ['ité', ''], ['euses', ''], ['euse', ''], ['eurs', ''], ['eur', ''],
    ['iques', ''], ['ique', ''], ['ismes', ''], ['isme', ''], ['istes', ''], ['iste', ''], ['ables', ''], ['able', ''],
    ['aient', ''], ['ait', ''], ['ées', ''], ['ée', ''], ['és', ''], ['é', ''], ['er', ''], ['ez', ''],
    ['aux', 'al'], ['es', ''], ['s', ''], ['x', ''], ['e', ''],
  ],
  de: [
    ['ungen', 'ung'], ['heiten', 'heit'], ['keiten', 'keit'], ['ern', ''], ['em', ''], ['en', ''], ['er', ''],
    ['es', ''], ['e', ''], ['n', ''], ['s', ''],
  ],
  es: [
    ['aciones', ''], ['ación', ''], ['amente', ''], ['mente', ''], ['idades', ''], ['idad', ''], ['istas', ''],
    ['ista', ''], ['ando', ''], ['iendo', ''], ['ados', ''], ['adas', ''], ['ado', ''], ['ada', ''], ['es', ''],
    ['os', ''], ['as', ''], ['o', ''], ['a', ''], ['e', ''], ['s', ''],
  ],
  it: [
    ['azioni', ''], ['azione', ''], ['amente', ''], ['mente', ''], ['ità', ''], ['isti', ''], ['iste', ''],
    ['ista', ''], ['ando', ''], ['endo', ''], ['ati', ''], ['ate', ''], ['ato', ''], ['ata', ''], ['i', ''],
    ['e', ''], ['o', ''], ['a', ''],
  ],
  pt: [
    ['ações', ''], ['ação', ''], ['amente', ''], ['mente', ''], ['idades', ''], ['idade', ''], ['istas', ''],
    ['ista', ''], ['ando', ''], ['endo', ''], ['ados', ''], ['adas', ''], ['ado', ''], ['ada', ''], ['ões', ''],
    ['es', ''], ['os', ''], ['as', ''], ['o', ''], ['a', ''], ['e', ''], ['s', ''],
  ],
  ru: [
    ['ами', ''], ['ями', ''], ['ого', ''], ['его', ''], ['ому', ''], ['ему', ''], ['ыми', ''], ['ими', ''],
    ['ая', ''], ['яя', ''], ['ое', ''], ['ее', ''], ['ые', ''], ['ие', ''], ['ый', ''], ['ий', ''], ['ой', ''],
    ['ах', ''], ['ях', ''], ['ов', ''], ['ев', ''], ['ом', ''], ['ем', ''], ['ам', ''], ['ям', ''],
    ['а', ''], ['я', ''], ['о', ''], ['е', ''], ['ы', ''], ['и', ''], ['у', ''], ['ю', ''], ['ь', ''],
  ],
};
const MIN_STEM = 3;

/** Per language, the folded rules by the last letter of their suffix (in list order): a word is tried only against those its last letter allows. */
const FOLDED_RULES = new Map<string, Map<string, Rule[]>>();
for (const [lang, rules] of Object.entries(SUFFIXES)) {
  const byLast = new Map<string, Rule[]>();
  for (const [suf, rep] of rules) {
    const rule: Rule = [fold(suf), fold(rep)];
    const last = rule[0].slice(-1);
    byLast.set(last, [...(byLast.get(last) ?? []), rule]);
  }
  FOLDED_RULES.set(lang, byLast);
}
/**
 * Light stemmer: folds, then strips one inflectional or derivational suffix so that
 * "sanctions"/"sanction" and "Russes"/"russe" meet. The matching key of a word.
 */
const keyCache = new Map<string, Map<string, string>>();
const KEY_CACHE_MAX = 200_000;

export function termKey(word: string, lang: string): string {
  let cache = keyCache.get(lang);
  if (!cache) keyCache.set(lang, (cache = new Map()));
  let key = cache.get(word);
  if (key === undefined) {
    if (cache.size >= KEY_CACHE_MAX) cache.clear();
    key = computeKey(word, lang);
    cache.set(word, key);
  }
  return key;
}

function computeKey(word: string, lang: string): string {
  const f = fold(word);
  const rules = FOLDED_RULES.get(lang);
  if (!rules) return f;
  // Two rounds, so that "dangerously" and "protections" reach the stem of "danger" and "protect".
  return strip(strip(f, rules), rules);
}

function strip(f: string, byLast: ReadonlyMap<string, Rule[]>): string {
  if (f.length <= MIN_STEM) return f;
  for (const [suf, rep] of byLast.get(f[f.length - 1]) ?? []) {
    if (f.endsWith(suf) && f.length - suf.length >= MIN_STEM) return f.slice(0, f.length - suf.length) + rep;
  }
  return f;
}
