// What the popup must show on the founding example, read from ../shared/seed/seed.gold.json when
// it is there (the gold reading), else from the same figures written down in the issue.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const gold = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/seed/seed.gold.json');
const g = existsSync(gold) ? JSON.parse(readFileSync(gold, 'utf8')) : { visibleCount: 16, announcedCount: 20, topLevel: 4, maxDepth: 4 };

export const seed = {
  statsText: `${g.visibleCount} comments shown of ${g.announcedCount} announced`,
  closedText: 'comments closed',
  visible: g.visibleCount,
  threads: g.topLevel,
  maxDepth: g.maxDepth,
  authors: ['nonmaisdisdonc', 'Lagaffe', 'Juju'],
  titleStart: 'Syrie/Daesh',
};
