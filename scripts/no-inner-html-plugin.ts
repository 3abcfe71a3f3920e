import type { Plugin } from 'vite';

/**
 * Comment Lens never renders HTML: Preact's `dangerouslySetInnerHTML` branch is the only
 * `innerHTML` assignment in the bundles (web-ext lint: UNSAFE_VAR_ASSIGNMENT). This replaces it
 * with a throw, so page HTML cannot reach innerHTML even by mistake, and the lint is clean.
 */
export const PREACT_INNER_HTML = /\((\w+)\.innerHTML=(\w+)\.__html\)/g;

export function disableInnerHtml(code: string): { code: string; replaced: number } {
  let replaced = 0;
  const out = code.replace(PREACT_INNER_HTML, () => {
    replaced++;
    return '(()=>{throw new Error("Comment Lens renders no HTML: dangerouslySetInnerHTML is disabled")})()';
  });
  return { code: out, replaced };
}

export function noInnerHtml(): Plugin {
  return {
    name: 'comment-lens:no-inner-html',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.mjs$/.test(id.split('?')[0])) return null;
      const { code: out, replaced } = disableInnerHtml(code);
      if (replaced !== 1) this.error(`expected one innerHTML assignment in preact, found ${replaced}: update no-inner-html-plugin`);
      return { code: out, map: null };
    },
  };
}
