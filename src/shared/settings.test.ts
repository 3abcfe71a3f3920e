import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  SETTINGS_KEY,
  SETTINGS_VERSION,
  forgetStoredData,
  memoryStorage,
  normalizeSettings,
  readSettings,
  toOrigin,
  writeSettings,
} from './settings';

describe('normalizeSettings', () => {
  it.each([
    ['nothing stored', undefined],
    ['null', null],
    ['a string', 'oops'],
    ['an array', [1, 2]],
    ['an empty object', {}],
  ])('gives the defaults for %s', (_name, raw) => {
    expect(normalizeSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid fields and repairs damaged ones', () => {
    const s = normalizeSettings({
      version: 0,
      defaultSort: 'replies',
      summaryLength: 'enormous',
      annotations: { signals: false, authorChips: 'no', unknownKind: true },
      alwaysAnnotate: ['lemonde.fr', 'https://www.opex360.com/2015/12/21/x/', 42, 'javascript:alert(1)', 'lemonde.fr'],
    });
    expect(s.version).toBe(SETTINGS_VERSION);
    expect(s.defaultSort).toBe('replies');
    expect(s.summaryLength).toBe(DEFAULT_SETTINGS.summaryLength);
    expect(s.annotations.signals).toBe(false);
    expect(s.annotations.authorChips).toBe(true);
    expect(Object.keys(s.annotations)).not.toContain('unknownKind');
    expect(s.alwaysAnnotate).toEqual(['https://lemonde.fr', 'https://www.opex360.com']);
  });
});

describe('toOrigin', () => {
  it.each([
    ['lemonde.fr', 'https://lemonde.fr'],
    ['http://blog.example.org/post?id=3', 'http://blog.example.org'],
    ['  news.ycombinator.com  ', 'https://news.ycombinator.com'],
    ['ftp://example.com', null],
    ['chrome://extensions', null],
    ['nodot', null],
    ['', null],
  ])('%s -> %s', (input, want) => {
    expect(toOrigin(input)).toBe(want);
  });
});

describe('stored settings', () => {
  it('reads defaults from an empty area, then writes and reads back a change', async () => {
    const area = memoryStorage();
    expect(await readSettings(area)).toEqual(DEFAULT_SETTINGS);
    const next = await writeSettings(area, { defaultSort: 'newest', annotations: { ...DEFAULT_SETTINGS.annotations, signals: false } });
    expect(next.defaultSort).toBe('newest');
    expect(next.annotations.signals).toBe(false);
    expect(await readSettings(area)).toEqual(next);
    expect((area.data.get(SETTINGS_KEY) as { version: number }).version).toBe(SETTINGS_VERSION);
  });

  it('merges annotation kinds instead of replacing them', async () => {
    const area = memoryStorage();
    await writeSettings(area, { annotations: { ...DEFAULT_SETTINGS.annotations, replyTo: false } });
    const s = await writeSettings(area, { summaryLength: 'short' });
    expect(s.annotations.replyTo).toBe(false);
    expect(s.summaryLength).toBe('short');
  });

  it('forgets everything stored in every area', async () => {
    const local = memoryStorage({ settings: { defaultSort: 'replies' }, 'seen:https://a.example/x': ['1', '2'] });
    const session = memoryStorage({ 'tab:3': { status: 'ok' } });
    await forgetStoredData([local, session]);
    expect(local.data.size + session.data.size).toBe(0);
    expect(await readSettings(local)).toEqual(DEFAULT_SETTINGS);
  });
});
