/**
 * What could execute, load, navigate or restyle from page text, in a rendered tree (the popup, or
 * an annotation's shadow root). The same rules as test/e2e/security-harness.mjs, for jsdom.
 */
const URL_ATTRS = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'srcset', 'background', 'srcdoc', 'ping']);
const BANNED = /^(script|iframe|frame|frameset|object|embed|applet|base|meta|form|portal|foreignobject|use|animate|set|handler|noscript|template|math|style|link)$/i;

const safeUrl = (v: string, base: string) => {
  try {
    return /^(https?|blob|chrome-extension|moz-extension):$/.test(new URL(v, base).protocol);
  } catch {
    return false;
  }
};

export function dangerIn(root: ParentNode, base = 'chrome-extension://x/popup.html'): string[] {
  const problems: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    const tag = el.localName;
    if (BANNED.test(tag)) problems.push(`<${tag}>`);
    for (const a of el.attributes) {
      const n = a.name.toLowerCase();
      if (n.startsWith('on')) problems.push(`<${tag} ${n}>`);
      if (URL_ATTRS.has(n) && a.value.trim() && !safeUrl(a.value.trim(), base)) problems.push(`<${tag} ${n}=${a.value.slice(0, 50)}>`);
      if (n === 'style' && /url\(|expression|@import|binding|behavior/i.test(a.value)) problems.push(`<${tag} style=${a.value.slice(0, 50)}>`);
    }
    if (el.shadowRoot) problems.push(...dangerIn(el.shadowRoot, base));
  }
  return problems;
}

/** Markdown that a viewer would turn into HTML or a link from page text. */
export function liveMarkdown(md: string): string[] {
  const out: string[] = [];
  for (const line of md.split('\n')) {
    if (/(^|[^\\])<[a-z!/?]/i.test(line)) out.push(`html: ${line.slice(0, 80)}`);
    if (/(^|[^\\])\[[^\]]*(^|[^\\])\]\(/.test(line)) out.push(`link: ${line.slice(0, 80)}`);
  }
  return out;
}
