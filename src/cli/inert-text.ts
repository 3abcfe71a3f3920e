/**
 * What jsdom would parse for nothing: the bodies of `<style>` elements (jsdom builds a CSS object
 * model of every stylesheet, seconds on a page with hundreds of KB of inline CSS) and of
 * `<script>` elements (never run here, never read by the extraction). Emptied before parsing,
 * in one left-to-right scan that steps over comments and the other raw-text elements (`<textarea>`,
 * `<title>`, `<iframe>`, `<noembed>`, `<noframes>`, `<xmp>`, whose text may
 * hold a literal "<script>") and keeps JSON-LD scripts, which the structured-data reader needs.
 * A script ends where the HTML parser ends it, escaped states included ("<!--" and a nested
 * "<script" inside it carry it past the first "</script>"). The elements themselves stay, so
 * the DOM has the same elements, with empty text.
 */
/** An open tag's attributes, quoted values included (a '>' inside quotes does not end the tag). */
const ATTRS = String.raw`(?:[^>"']|"[^"]*"|'[^']*')*`;
const OPEN = new RegExp(
  String.raw`<!--[\s\S]*?-->|<(textarea|title|iframe|noembed|noframes|xmp)\b${ATTRS}>[\s\S]*?<\/\1\s*>|<script\b${ATTRS}>|(<style\b${ATTRS}>)[\s\S]*?(<\/style\s*>)`,
  'gi',
);
const JSON_TYPE = /\btype\s*=\s*["']?application\/(?:ld\+)?json/i;

export function withoutInertText(html: string): string {
  let out = '';
  let at = 0;
  OPEN.lastIndex = 0;
  for (let m = OPEN.exec(html); m; m = OPEN.exec(html)) {
    const all = m[0];
    if (/^<script/i.test(all)) {
      const end = scriptEnd(html, m.index + all.length); // index of "</script"
      if (end < 0) break; // an unclosed script: leave the rest as it is
      if (!JSON_TYPE.test(all)) {
        out += html.slice(at, m.index + all.length);
        at = end;
      }
      OPEN.lastIndex = end;
    } else if (m[2] !== undefined) {
      out += html.slice(at, m.index) + m[2] + m[3];
      at = m.index + all.length;
    }
  }
  return out + html.slice(at);
}

/** Where the script whose text starts at `from` ends (its "</script"), following the parser's script states; -1 if never. */
function scriptEnd(html: string, from: number): number {
  const TOKEN = /<!--|-->|<\/script(?=[\s/>])|<script(?=[\s/>])/gi;
  TOKEN.lastIndex = from;
  let state: 'data' | 'escaped' | 'double' = 'data';
  for (let t = TOKEN.exec(html); t; t = TOKEN.exec(html)) {
    const tok = t[0].toLowerCase();
    if (tok === '</script') {
      if (state === 'double') state = 'escaped';
      else return t.index;
    } else if (tok === '<!--') {
      if (state === 'data') state = 'escaped';
    } else if (tok === '-->') {
      state = 'data';
    } else if (state === 'escaped') {
      state = 'double'; // "<script" inside an escaped section
    }
  }
  return -1;
}
