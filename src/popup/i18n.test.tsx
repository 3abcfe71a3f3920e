// @vitest-environment jsdom
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import fr from '../../public/_locales/fr/messages.json';
import { PopupView } from './app';
import { createMockConnector } from './mock-connector';
import { createTranslator, defaultTranslator, formatMessage, type Messages } from './i18n';
import { syntheticAnalysis } from './test-data';

const placeholdersOf = (m: Messages, k: string) => Object.values(m[k]?.placeholders ?? {}).map((p) => p.content).sort();
const srcFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? srcFiles(path.join(dir, d.name)) : /\.tsx?$/.test(d.name) && !d.name.includes('.test.') ? [path.join(dir, d.name)] : [],
  );

describe('message catalogues', () => {
  it('French has every English key, with placeholders taken from the same arguments', () => {
    for (const k of Object.keys(en)) {
      expect(fr, k).toHaveProperty(k);
      const want = placeholdersOf(en as Messages, k);
      for (const c of placeholdersOf(fr as Messages, k)) expect(want, k).toContain(c);
      // Only a singular may leave its count unsaid ("Voir son commentaire").
      if (!k.endsWith('_one')) expect(placeholdersOf(fr as Messages, k), k).toEqual(want);
    }
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });

  it('holds the manifest keys', () => {
    for (const k of ['extName', 'extDescription', 'actionTitle']) expect((en as Messages)[k]?.message.length).toBeGreaterThan(3);
  });

  it('has both plural forms for every counted message the code asks for', () => {
    const code = srcFiles(path.resolve(__dirname)).concat(srcFiles(path.resolve(__dirname, '../options')));
    const keys = new Set<string>();
    for (const f of code) for (const m of readFileSync(f, 'utf8').matchAll(/\.n\(\s*(?:[^'"]*\?\s*)?'(\w+)'(?:\s*:\s*'(\w+)')?/g)) m.slice(1).forEach((k) => k && keys.add(k));
    expect(keys.size).toBeGreaterThan(10);
    for (const k of keys) {
      expect(en, k).toHaveProperty(`${k}_one`);
      expect(en, k).toHaveProperty(`${k}_other`);
    }
  });

  it.each([
    [{ message: 'Hello $WHO$, $1 wins $$5' , placeholders: { who: { content: '$2' } } }, ['Ann', 'Bob'], 'Hello Bob, Ann wins $5'],
    [{ message: '$COUNT$ comments', placeholders: { count: { content: '$1' } } }, ['16'], '16 comments'],
    [{ message: 'No placeholder' }, ['x'], 'No placeholder'],
  ])('formats Chrome-style messages %#', (entry, subs, want) => {
    expect(formatMessage(entry, subs)).toBe(want);
  });
});

describe('translators', () => {
  afterEach(() => {
    delete (globalThis as { chrome?: unknown }).chrome;
  });

  it('falls back to the bundled English outside an extension', () => {
    const t = defaultTranslator();
    expect(t.lang).toBe('en');
    expect(t.n('statsShownOf', 16, 20)).toBe('16 comments shown of 20 announced');
    expect(t.n('statsCount', 1)).toBe('1 comment');
  });

  it('asks the browser when running as an extension, and falls back per key', () => {
    const asked: string[] = [];
    (globalThis as { chrome?: unknown }).chrome = {
      i18n: {
        getUILanguage: () => 'fr',
        getMessage: (k: string, subs?: string[]) => {
          asked.push(k);
          const e = (fr as Messages)[k];
          return k === 'refresh' ? '' : e ? formatMessage(e, subs ?? []) : '';
        },
      },
    };
    const t = defaultTranslator();
    expect(t.lang).toBe('fr');
    expect(t.n('statsShownOf', 16, 20)).toBe('16 commentaires affichés sur 20 annoncés');
    expect(t('refresh')).toBe('Refresh');
    expect(asked).toContain('statsShownOf_other');
  });

  it('renders the popup in French, numbers and plurals included', async () => {
    const host = document.createElement('div');
    const analysis = syntheticAnalysis({ comments: 1200, seed: 2 });
    await act(() =>
      render(<PopupView state={{ kind: 'ready', analysis }} actions={createMockConnector({ kind: 'loading' }).actions} translator={createTranslator(fr as Messages, 'fr')} />, host),
    );
    const stats = host.querySelector('[data-testid=stats-line]')?.textContent ?? '';
    expect(stats).toBe(`1\u202f200 commentaires affichés sur 1\u202f203 annoncés`);
    expect(host.querySelector('[data-testid=expand-all]')?.textContent).toBe('Tout déplier');
    expect(host.textContent).not.toMatch(/\b(Expand all|Threads|Key points)\b/);
    render(null, host);
  });
});

describe('warm', () => {
  it('makes the number and plural formats once, ahead of the first message that needs them', () => {
    const made = { numbers: 0, plurals: 0 };
    const { NumberFormat, PluralRules } = Intl;
    Object.assign(Intl, {
      NumberFormat: class extends NumberFormat {
        constructor(...args: ConstructorParameters<typeof NumberFormat>) {
          super(...args);
          made.numbers++;
        }
      },
      PluralRules: class extends PluralRules {
        constructor(...args: ConstructorParameters<typeof PluralRules>) {
          super(...args);
          made.plurals++;
        }
      },
    });
    try {
      const t = createTranslator(fr as Messages, 'fr');
      expect(made).toEqual({ numbers: 0, plurals: 0 });
      t.warm();
      expect(made).toEqual({ numbers: 1, plurals: 1 });
      expect(t.n('statsCount', 1234)).toMatch(/^1\s234 commentaires$/u);
      t.warm();
      expect(made).toEqual({ numbers: 1, plurals: 1 });
    } finally {
      Object.assign(Intl, { NumberFormat, PluralRules });
    }
  });
});
