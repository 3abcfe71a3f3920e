/**
 * Which language detector is right on short comments? Prints accuracy per candidate on the
 * comments of ../shared/corpus (tree pages: one comment each; text pages: one line each) and
 * of the French seed, bucketed by length. Candidates that are not installed are skipped.
 *   node --import tsx bench/lang-detect.ts
 */
import fs from 'node:fs';
import path from 'node:path';

type Detect = (text: string) => string;
const LANGS = ['fr', 'en', 'de', 'es', 'it', 'pt', 'ru'];
const ISO3: Record<string, string> = { fra: 'fr', eng: 'en', deu: 'de', spa: 'es', ita: 'it', por: 'pt', rus: 'ru' };

async function candidates(): Promise<[string, Detect][]> {
  const out: [string, Detect][] = [];
  const tryLoad = async (name: string, make: (m: Record<string, unknown>) => Detect) => {
    try {
      out.push([name, make((await import(name)) as Record<string, unknown>)]);
    } catch {
      console.warn(`${name}: not installed, skipped`);
    }
  };
  await tryLoad('franc-min', (m) => {
    const franc = m.franc as (t: string, o: object) => string;
    return (t) => ISO3[franc(t, { only: Object.keys(ISO3), minLength: 3 })] ?? 'und';
  });
  await tryLoad('tinyld/light', (m) => {
    const detect = m.detect as (t: string, o: object) => string;
    return (t) => detect(t, { only: LANGS }) || 'und';
  });
  await tryLoad('eld/extrasmall', (m) => {
    const eld = m.eld as { detect: (t: string) => { language: string }; dynamicLangSubset?: (l: string[]) => unknown };
    return (t) => eld.detect(t).language || 'und';
  });
  return out;
}

function samples(shared: string): { lang: string; text: string }[] {
  const out: { lang: string; text: string }[] = [];
  const dir = path.join(shared, 'corpus');
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.gold.json'))) {
    const g = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as {
      language: string; comments?: { text: string }[]; comments_text?: string;
    };
    if (!LANGS.includes(g.language)) continue;
    const texts = g.comments?.map((c) => c.text) ?? (g.comments_text ?? '').split('\n');
    for (const t of texts) if (t.trim().split(/\s+/).length >= 3) out.push({ lang: g.language, text: t.trim() });
  }
  const seed = fs.readdirSync(path.join(shared, 'seed')).find((x) => x.endsWith('.txt'));
  if (seed) {
    const body = fs.readFileSync(path.join(shared, 'seed', seed), 'utf8').split(/\n\s*\d+\.\s/).slice(1);
    for (const t of body) out.push({ lang: 'fr', text: t.replace(/\s+/g, ' ').trim() });
  }
  return out;
}

const bucket = (t: string) => (t.length < 40 ? '<40' : t.length < 100 ? '40-99' : t.length < 250 ? '100-249' : '250+');

const shared = path.resolve(import.meta.dirname, '../../shared');
if (!fs.existsSync(shared)) {
  console.warn(`no ${shared}: nothing to measure`);
  process.exit(0);
}
const data = samples(shared);
const counts = new Map<string, number>();
for (const s of data) counts.set(s.lang, (counts.get(s.lang) ?? 0) + 1);
console.log('samples', Object.fromEntries(counts));
for (const [name, detect] of await candidates()) {
  const hit = new Map<string, [number, number]>();
  const add = (k: string, ok: boolean) => {
    const v = hit.get(k) ?? [0, 0];
    hit.set(k, [v[0] + (ok ? 1 : 0), v[1] + 1]);
  };
  const t0 = performance.now();
  for (const s of data) {
    const ok = detect(s.text) === s.lang;
    add('all', ok);
    add(s.lang, ok);
    if (s.lang === 'fr' || s.lang === 'en') add(`${s.lang} ${bucket(s.text)}`, ok);
  }
  const ms = performance.now() - t0;
  const row = [...hit.entries()].map(([k, [a, n]]) => `${k}=${(a / n).toFixed(3)} (${n})`).join('  ');
  console.log(`${name.padEnd(15)} ${ms.toFixed(0)} ms  ${row}`);
}
