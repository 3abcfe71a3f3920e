// A page whose comments live in a cross-origin frame posing as a self-hosted Remark42 server
// (`/web/iframe.html?site_id=...`), read by the built Chrome extension (dist/chrome-test) in
// real headless Chromium. The page is on 127.0.0.1:A, its frame on 127.0.0.1:B (another
// origin): the test build's host permission (http://127.0.0.1/*, every port) covers the frame,
// so the background reads it and merges it; an advertising frame on `localhost` beside it is not
// covered and must not stop the reading. A comment frame on `localhost` is not covered: the popup
// then shows the notice asking for it (the browser's own prompt is not clicked here).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { launchChromium, popupUrl } from './launch-chromium.mjs';

const COMMENTS = [
  ['c1', null, 'Mathilde', 'Le cadre des commentaires vient d’un autre serveur, et pourtant tout est lu.'],
  ['c2', 'c1', 'Karim', 'Oui, à condition que le lecteur ait donné la permission pour ce serveur.'],
  ['c3', null, 'Élodie', 'Et sans permission, la fenêtre le dit et propose de la demander.'],
];

const frameHtml = () => {
  const item = ([id, , author, text]) => `<li class="comment" id="comment-${id}"><article class="comment-body">
    <footer class="comment-meta"><div class="comment-author vcard"><b class="fn">${author}</b></div>
    <div class="comment-metadata"><time datetime="2026-11-20T10:00:00+01:00">20 novembre 2026</time></div></footer>
    <div class="comment-content"><p>${text}</p></div></article>${children(id)}</li>`;
  const children = (id) => {
    const kids = COMMENTS.filter((c) => c[1] === id);
    return kids.length ? `<ol class="children">${kids.map(item).join('')}</ol>` : '';
  };
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Remark42</title></head><body>
    <div id="comments" class="comments-area"><h2 class="comments-title">3 commentaires</h2>
    <ol class="comment-list">${COMMENTS.filter((c) => !c[1]).map(item).join('')}</ol></div></body></html>`;
};

const pageHtml = (frameSrc, otherFrame = '') => `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Un article et ses commentaires encadrés</title></head>
  <body><article><h1>Un article et ses commentaires encadrés</h1>
  <p>Les commentaires de cet article sont servis par un autre serveur, dans un cadre, comme le font Disqus ou Remark42.</p>
  <p>L’extension doit lire ce cadre quand elle en a le droit, et le dire quand elle ne l’a pas.</p></article>
  ${otherFrame && `<aside><iframe title="Publicité" width="300" height="100" src="${otherFrame}"></iframe></aside>`}
  <section id="remark42"><iframe title="Commentaires" width="600" height="600" src="${frameSrc}"></iframe></section></body></html>`;

function serve(handler) {
  const server = createServer((req, res) => {
    const body = handler(new URL(req.url, 'http://x'));
    if (body === null) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ port: server.address().port, close: () => new Promise((r) => server.close(r)) })));
}

let browser, page, frame;
before(async () => {
  frame = await serve((u) =>
    u.pathname === '/web/iframe.html' ? frameHtml() : u.pathname === '/ad.html' ? '<!doctype html><p class="ad">Publicité</p>' : null,
  );
  const framePath = `/web/iframe.html?site_id=test&url=${encodeURIComponent('http://127.0.0.1/article')}`;
  page = await serve((u) =>
    // Beside the comment frame, a frame the extension may not read (Chrome leaves it out of allFrames).
    u.pathname === '/granted.html' ? pageHtml(`http://127.0.0.1:${frame.port}${framePath}`, `http://localhost:${frame.port}/ad.html`)
      : u.pathname === '/not-granted.html' ? pageHtml(`http://localhost:${frame.port}${framePath}`)
        : null,
  );
  browser = await launchChromium({ name: 'frames' });
});

after(async () => {
  await browser?.close();
  await page?.close();
  await frame?.close();
});

async function open(name, frameLoaded) {
  const url = `http://127.0.0.1:${page.port}/${name}`;
  const tab = await browser.ctx.newPage();
  await tab.goto(url);
  if (frameLoaded) await tab.frameLocator('#remark42 iframe').locator('.comment-list').waitFor({ timeout: 10_000 });
  const popup = await browser.ctx.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(popupUrl(browser.extId, url));
  return { tab, popup };
}

test('the comments of a granted cross-origin comment frame are read and merged with the page', async () => {
  const { tab, popup } = await open('granted.html', true);
  await popup.waitForSelector('[data-testid=stats-line]', { timeout: 20_000 });
  assert.match(await popup.textContent('[data-testid=stats-line]'), /^3 comments/);
  const notes = await popup.textContent('[data-testid=notes]');
  assert.match(notes, /Comments read from the Remark42 frame \(127\.0\.0\.1:\d+\): 3\./);
  const participants = await popup.textContent('[data-testid=participants]');
  for (const [, , author] of COMMENTS) assert.ok(participants.includes(author), `${author} among the participants`);
  // The article is the page's, not the frame's.
  assert.match(await popup.textContent('.cl-title'), /Un article et ses commentaires encadrés/);
  assert.equal(await popup.$('[data-testid=frame-notice]'), null);
  await popup.close();
  await tab.close();
});

test('a comment frame the extension may not read: the popup offers to ask for its host', async () => {
  const { tab, popup } = await open('not-granted.html', false);
  await popup.waitForSelector('[data-testid=frame-notice]', { timeout: 20_000 });
  assert.equal(await popup.textContent('[data-testid=frame-read]'), 'Read the comments in the Remark42 frame');
  assert.match(await popup.textContent('[data-testid=frame-notice]'), /localhost:\d+/);
  assert.ok(await popup.$('[data-testid=state-none]'), 'no comments of its own on the page');
  await popup.close();
  await tab.close();
});
