// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_KEY, memoryStorage, readSettings } from '../shared/settings';
import { OptionsView, type PermissionsLike } from './options-view';

function fakePermissions(grant: boolean): PermissionsLike & { granted: Set<string>; asked: string[] } {
  const granted = new Set<string>();
  const asked: string[] = [];
  return {
    granted,
    asked,
    async request({ origins }) {
      asked.push(...origins);
      if (grant) origins.forEach((o) => granted.add(o));
      return grant;
    },
    async remove({ origins }) {
      origins.forEach((o) => granted.delete(o));
      return true;
    },
    async contains({ origins }) {
      return origins.every((o) => granted.has(o));
    },
  };
}

let host: HTMLElement;
const flush = () => act(() => new Promise((r) => setTimeout(r, 0)));
async function show(grant = true, stored: Record<string, unknown> = {}) {
  const storage = memoryStorage(stored);
  const session = memoryStorage({ 'tab:1': { status: 'ok' } });
  const permissions = fakePermissions(grant);
  host = document.createElement('div');
  document.body.appendChild(host);
  await act(() => render(<OptionsView storage={storage} forgetAreas={[storage, session]} permissions={permissions} />, host));
  await flush();
  return { storage, session, permissions };
}
afterEach(() => {
  render(null, host);
  host.remove();
});
const q = <T extends HTMLElement>(id: string) => host.querySelector(`[data-testid="${id}"]`) as T;
const change = (el: HTMLInputElement | HTMLSelectElement, value: string | boolean) =>
  act(() => {
    if (typeof value === 'boolean') (el as HTMLInputElement).checked = value;
    else el.value = value;
    el.dispatchEvent(new Event(typeof value === 'string' && el instanceof HTMLInputElement ? 'input' : 'change', { bubbles: true }));
  });
const addSite = async (site: string) => {
  await change(q<HTMLInputElement>('opt-site-input'), site);
  await act(() => q<HTMLButtonElement>('opt-site-add').click());
  await flush();
  await flush();
};

describe('options page', () => {
  it('shows the defaults before anything is stored, and saves each change at once', async () => {
    const { storage } = await show();
    expect(q<HTMLSelectElement>('opt-sort').value).toBe(DEFAULT_SETTINGS.defaultSort);
    expect(q<HTMLInputElement>('opt-kind-signals').checked).toBe(true);
    await change(q('opt-kind-signals'), false);
    await change(q('opt-sort'), 'replies');
    await change(q('opt-length'), 'long');
    await flush();
    const s = await readSettings(storage);
    expect([s.annotations.signals, s.annotations.replyTo, s.defaultSort, s.summaryLength]).toEqual([false, true, 'replies', 'long']);
    expect(q('opt-status').textContent).toBe('Saved.');
  });

  it('adds a site only once its permission is granted, and removes it with the permission', async () => {
    const { storage, permissions } = await show(true);
    await addSite('https://www.opex360.com/2015/12/21/article/');
    expect(permissions.asked).toEqual(['https://www.opex360.com/*']);
    expect((await readSettings(storage)).alwaysAnnotate).toEqual(['https://www.opex360.com']);
    expect(q('opt-sites').textContent).toContain('permission granted');
    await act(() => (q('opt-sites').querySelector('li button') as HTMLButtonElement).click());
    await flush();
    expect((await readSettings(storage)).alwaysAnnotate).toEqual([]);
    expect(permissions.granted.size).toBe(0);
  });

  it.each([
    ['refused', 'lemonde.fr', false],
    ['not a site', 'javascript:alert(1)', true],
  ])('does not add a site when %s', async (_n, site, invalid) => {
    const { storage, permissions } = await show(false);
    await addSite(site);
    expect((await readSettings(storage)).alwaysAnnotate).toEqual([]);
    expect(permissions.asked.length).toBe(invalid ? 0 : 1);
    expect(q('opt-status').textContent).toMatch(invalid ? /not a web site/ : /not granted/);
  });

  it('forgets stored data after a confirming second click', async () => {
    const { storage, session } = await show(true, { [SETTINGS_KEY]: { defaultSort: 'newest' }, 'seen:x': ['1'] });
    expect(q<HTMLSelectElement>('opt-sort').value).toBe('newest');
    await act(() => q<HTMLButtonElement>('opt-forget').click());
    expect(storage.data.size).toBe(2);
    await act(() => q<HTMLButtonElement>('opt-forget').click());
    await flush();
    expect(storage.data.size + session.data.size).toBe(0);
    expect(q<HTMLSelectElement>('opt-sort').value).toBe('page');
  });
});
