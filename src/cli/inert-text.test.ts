import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { withoutInertText } from './inert-text';

const body = (html: string) => new JSDOM(withoutInertText(html)).window.document.body;

describe('withoutInertText: style and script bodies emptied before jsdom parses a page', () => {
  it.each([
    ['a stylesheet', '<style media="all">.a{color:red}</style><p>texte</p>', '<style media="all"></style><p>texte</p>'],
    ['a script', '<script src="x.js"></script><script>var s = "<p>";</script><p>ok</p>', '<script src="x.js"></script><script></script><p>ok</p>'],
    ['"</style>" text inside a script is the script\'s', '<script>document.write("<style>b{}</style>")</script><p>après</p>', '<script></script><p>après</p>'],
    ['a JSON-LD script is kept', '<script type="application/ld+json">{"@type":"Comment"}</script>', '<script type="application/ld+json">{"@type":"Comment"}</script>'],
    ['an HTML comment holding "<script>" is kept whole', '<!-- <script> --><p>visible</p><script>x()</script>', '<!-- <script> --><p>visible</p><script></script>'],
    ['a textarea holding "<style>" is kept whole', '<textarea><style>a{}</textarea><p>suite</p>', '<textarea><style>a{}</textarea><p>suite</p>'],
    ['a ">" inside a quoted attribute value', '<script src="ad.js?SW>Security"></script><p>z</p>', '<script src="ad.js?SW>Security"></script><p>z</p>'],
    ['upper case and spaces before ">"', '<STYLE>a{}</STYLE ><SCRIPT>y()</SCRIPT\n>', '<STYLE></STYLE ><SCRIPT></SCRIPT\n>'],
  ])('%s', (_what, html, want) => {
    expect(withoutInertText(html)).toBe(want);
  });

  it("follows a script through the parser's escaped states (\"<!--\" then a nested \"<script\")", () => {
    const page = '<script><!--\ndocument.write("<script src=a.js></script>");\n--></script><p>x</p><style>a{}</style>';
    expect(withoutInertText(page)).toBe('<script></script><p>x</p><style></style>');
    const escapedOnly = '<script><!-- var a = "</script>"; --></script><p>y</p>';
    expect(withoutInertText(escapedOnly)).toBe('<script></script>"; --></script><p>y</p>');
    expect(new JSDOM(withoutInertText(page)).window.document.querySelectorAll('p').length).toBe(1);
  });

  it('leaves the text a reader sees as it was', () => {
    const page = '<h1>Titre</h1><style>p{}</style><p>Premier <b>commentaire</b></p><script>1</script><!-- note --><p>Second</p>';
    expect(body(page).textContent).toBe(new JSDOM(page).window.document.body.textContent?.replace('p{}', '').replace('1', ''));
  });
});
