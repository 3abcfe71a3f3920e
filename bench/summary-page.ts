/**
 * Prints `{comments, summary}` for one WordPress page, the JSON shape of `comment-lens analyze --json`
 * that the shared key-point scorer reads, from bench/wp-page.ts instead of the extension's extraction:
 *   node ../shared/bench/score-summary.mjs --set dev --corpus ../shared/summary-corpus \
 *     --cmd 'node --import tsx bench/summary-page.ts {file}'
 */
import { buildTree } from '../src/core/tree';
import { summarize } from '../src/core/summary';
import { readWordPress } from './wp-page';

const file = process.argv[2];
if (!file) {
  console.error('usage: node --import tsx bench/summary-page.ts PAGE.html');
  process.exit(2);
}
const page = readWordPress(file);
const summary = summarize({ ...page, roots: buildTree(page.comments) });
process.stdout.write(`${JSON.stringify({ comments: page.comments.map((c) => ({ id: c.id, text: c.text })), summary })}\n`);
