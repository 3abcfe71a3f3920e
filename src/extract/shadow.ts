import { notes as NOTE } from '../core/notes';
import { noteShadowTrees, once, qsa } from './page-index';

/**
 * Comment systems that draw their thread inside a shadow root (Coral Talk,
 * OpenWeb/Spot.IM). `document.querySelector` never enters a shadow tree, so
 * adapters ask here for the open roots under the system's known host elements
 * and query inside them with the roots' own `querySelector(All)`.
 *
 * Only open roots can be read (`element.shadowRoot`). A closed root, like a
 * thread that was never loaded, leaves the host empty: both are reported as
 * "not readable" and never guessed at.
 */

/** Light-DOM elements under which each system mounts its shadow root. */
export const SHADOW_HOSTS = {
  coral: '#coral_thread, #coral-shadow-container, [id^="coral_"]',
  openweb: '[data-spotim-module="conversation"], [data-spot-im-module-default-area="conversation"]',
} as const;

export type ShadowSystem = keyof typeof SHADOW_HOSTS;

export interface ShadowScan {
  /** Open shadow roots on the hosts or on their light-DOM descendants (the system may wrap its root in a few divs). */
  roots: ShadowRoot[];
  /** Outermost hosts under which no open root was found: thread not loaded, or in a closed root. */
  unread: Element[];
}

/** How deep under a host, and over how many elements, an open root is looked for. */
const MAX_DEPTH = 4;
const MAX_VISITED = 400;

/** The open shadow roots of a system's hosts in `doc`, and the hosts that have none. */
export function shadowRootsOf(doc: Document, hostSelector: string): ShadowScan {
  // Asked by the adapter's detect, its extract and the pagination reader: searched once per reading.
  return once(doc, `shadow-roots:${hostSelector}`, () => scanHosts(doc, hostSelector));
}

function scanHosts(doc: Document, hostSelector: string): ShadowScan {
  const hosts = qsa(doc, hostSelector);
  const roots = new Set<ShadowRoot>();
  const unread: Element[] = [];
  for (const host of hosts) {
    // A host nested in another host (#coral_thread > #coral-shadow-container) is searched with its outer one.
    if (hosts.some((h) => h !== host && h.contains(host))) continue;
    const found = rootsUnder(host);
    for (const r of found) roots.add(r);
    if (!found.length) unread.push(host);
  }
  // The reading's page index learns the names in these trees before anyone searches them.
  noteShadowTrees(doc, [...roots]);
  return { roots: [...roots], unread };
}

function rootsUnder(host: Element): ShadowRoot[] {
  const out: ShadowRoot[] = [];
  let level: Element[] = [host];
  let visited = 0;
  for (let depth = 0; depth <= MAX_DEPTH && level.length && visited < MAX_VISITED; depth++) {
    const next: Element[] = [];
    for (const el of level) {
      if (++visited > MAX_VISITED) break;
      if (el.shadowRoot) out.push(el.shadowRoot);
      else next.push(...Array.from(el.children));
    }
    level = next;
  }
  return out;
}

/** Every element matching `sel` in the given roots, in root order then document order. */
export function queryRoots(roots: readonly ShadowRoot[], sel: string): Element[] {
  return roots.flatMap((r) => Array.from(r.querySelectorAll(sel)));
}

/** The first known system whose host is on the page but whose thread cannot be read, or null. */
export function unreadShadowSystem(doc: Document): ShadowSystem | null {
  for (const name of Object.keys(SHADOW_HOSTS) as ShadowSystem[]) {
    const scan = shadowRootsOf(doc, SHADOW_HOSTS[name]);
    if (scan.unread.length && !scan.roots.length) return name;
  }
  return null;
}

/** The note an adapter gives when some of its hosts could not be read. */
export function unreadNote(label: string, unread: number): string | null {
  return unread ? NOTE.unreadAreas(label, unread) : null;
}

/**
 * The first element matching `sel` in any open shadow root of `doc`, nested roots
 * included: where a comment's anchor points when its element lives in a shadow tree.
 */
export function queryOpenShadows(doc: Document, sel: string): Element | null {
  const pending: ParentNode[] = [doc];
  while (pending.length) {
    const root = pending.shift() as ParentNode;
    if (root !== doc) {
      const hit = root.querySelector(sel);
      if (hit) return hit;
    }
    for (const el of Array.from(root.querySelectorAll('*'))) if (el.shadowRoot) pending.push(el.shadowRoot);
  }
  return null;
}

/**
 * jsdom keeps `<template shadowrootmode="open|closed">` as a template (browsers turn it
 * into a shadow root while parsing). This does what the parser does: the template's
 * parent gets a shadow root of that mode and the template's content is moved into it
 * (nodes moved, never re-parsed), innermost templates included. Returns how many roots
 * were attached. For saved pages read in Node and for tests; a browser needs none of it.
 */
export function attachDeclarativeShadowRoots(doc: Document): number {
  let attached = 0;
  const pending: ParentNode[] = [doc];
  while (pending.length) {
    const scope = pending.shift() as ParentNode;
    for (const t of Array.from(scope.querySelectorAll('template[shadowrootmode], template[shadowroot]'))) {
      const mode = (t.getAttribute('shadowrootmode') ?? t.getAttribute('shadowroot') ?? '').toLowerCase();
      const host = t.parentElement;
      const content = (t as HTMLTemplateElement).content;
      if ((mode !== 'open' && mode !== 'closed') || !host || host.shadowRoot || !content) continue;
      let root: ShadowRoot;
      try {
        root = host.attachShadow({ mode });
      } catch {
        continue; // an element that cannot host a shadow root keeps its template, as in a browser
      }
      root.append(content);
      t.remove();
      attached++;
      // Templates nested in this one were inert content until now.
      pending.push(root);
    }
  }
  return attached;
}
