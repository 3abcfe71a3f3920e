// Generates large comment pages in two real markups, deterministic for a given size:
// WordPress's html5 comment walker (nested lists) and Hacker News (flat rows with indent levels).
const WORDS = ('la coordination avec moscou reste théorique les frappes visent surtout rebelles pas daesh ' +
  'the numbers in article are too optimistic sources report linked below encore un accord qui ne changera rien ' +
  'sur le terrain logistics alone make this plan hard to believe merci pour cet clair et bien documenté sanctions ' +
  'europe visas ukraine géorgie kosovo putin word trust cooperation against civilians syria strikes').split(' ');
const NAMES = ['Camille', 'Lagaffe', 'Juju', 'Vauban', 'Marsouin', 'Pierre D.', 'Élodie', 'Tom', 'Kiwi', 'Rafale75', 'Zoé', 'Nadia'];

function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/** Parent index for each comment: about a quarter start threads, replies go 1-6 deep. */
export function shape(n, seed = 7) {
  const r = rng(seed);
  const parent = [];
  const depth = [];
  for (let i = 0; i < n; i++) {
    if (i === 0 || r() < 0.25) {
      parent.push(-1);
      depth.push(0);
    } else {
      let p = i - 1 - Math.floor(r() * Math.min(i, 8));
      while (depth[p] >= 5) p = parent[p];
      parent.push(p);
      depth.push(depth[p] + 1);
    }
  }
  return { parent, depth, r };
}

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
function text(r) {
  const paras = 1 + Math.floor(r() * 3);
  return Array.from({ length: paras }, () => {
    const n = 12 + Math.floor(r() * 40);
    return Array.from({ length: n }, () => WORDS[Math.floor(r() * WORDS.length)]).join(' ') + '.';
  });
}

export function wordpressPage(n) {
  const { parent, r } = shape(n);
  const kids = Array.from({ length: n }, () => []);
  const roots = [];
  parent.forEach((p, i) => (p < 0 ? roots : kids[p]).push(i));
  const out = [];
  const li = (i, d) => {
    const t = new Date(Date.UTC(2015, 11, 21, 18) + i * 60_000).toISOString().replace('.000Z', '+00:00');
    out.push(`<li id="comment-${i + 1}" class="comment depth-${d}${kids[i].length ? ' parent' : ''}"><article id="div-comment-${i + 1}" class="comment-body">` +
      `<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">${esc(NAMES[i % NAMES.length])}</b> <span class="says">dit :</span></div>` +
      `<div class="comment-metadata"><a href="#comment-${i + 1}"><time datetime="${t}">${t}</time></a></div></footer>` +
      `<div class="comment-content">${text(r).map((p) => `<p>${esc(p)}</p>`).join('')}</div>` +
      `<div class="reply"><a class="comment-reply-link" href="#respond">Répondre</a></div></article>`);
    if (kids[i].length) {
      out.push('<ol class="children">');
      kids[i].forEach((k) => li(k, d + 1));
      out.push('</ol>');
    }
    out.push('</li>');
  };
  roots.forEach((i) => li(i, 1));
  return `<!doctype html><html lang="fr-FR"><head><meta charset="utf-8"><title>Bench ${n} | Blog</title></head><body>
<article class="post"><h1 class="entry-title">Bench ${n}</h1><div class="entry-content">${text(r).map((p) => `<p>${esc(p)}</p>`).join('')}</div></article>
<div id="comments" class="comments-area"><h2 class="comments-title">${n} commentaires sur « Bench »</h2><ol class="comment-list">${out.join('')}</ol></div>
</body></html>`;
}

export function hackerNewsPage(n) {
  const { depth, r } = shape(n);
  const rows = depth.map((d, i) =>
    `<tr class="athing comtr" id="${40000000 + i}"><td><table border="0"><tr><td class="ind" indent="${d}"><img src="s.gif" height="1" width="${d * 40}"></td>` +
    `<td valign="top" class="votelinks"></td><td class="default"><div style="margin-top:2px; margin-bottom:-10px;"><span class="comhead">` +
    `<a href="user?id=u${i % 50}" class="hnuser">u${i % 50}</a> <span class="age" title="2023-05-01T10:${String(i % 60).padStart(2, '0')}:00"><a href="item?id=${40000000 + i}">3 hours ago</a></span></span></div><br>` +
    `<div class="comment"><div class="commtext c00">${text(r).map(esc).join('<p>')}</div></div></td></tr></table></td></tr>`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bench ${n} | Hacker News</title></head><body><center><table id="hnmain">
<tr><td><table class="fatitem"><tr class="athing" id="39999999"><td class="title"><span class="titleline"><a href="https://example.org">Bench ${n}</a></span></td></tr>
<tr><td class="subtext"><a href="item?id=39999999">${n}&nbsp;comments</a></td></tr></table></td></tr>
<tr><td><table border="0" class="comment-tree">${rows.join('\n')}</table></td></tr></table></center></body></html>`;
}
