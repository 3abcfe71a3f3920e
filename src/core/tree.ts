import type { CommentRecord, ThreadNode } from './types';

/**
 * Builds the reply forest from flat records in page order. Unknown parents,
 * self-replies and cycles make a comment top-level instead of losing it.
 * Iterative throughout, so a 1,000-deep chain cannot overflow the stack.
 */
export function buildTree(comments: readonly CommentRecord[]): ThreadNode[] {
  const nodes = new Map<string, ThreadNode>();
  for (let i = 0; i < comments.length; i++) addNode(comments[i], nodes);
  const roots: ThreadNode[] = [];
  const attached = new Set<string>();
  for (let i = 0; i < comments.length; i++) attach(comments[i], nodes, attached, roots);
  countDescendants(roots);
  return roots;
}

// The loops' bodies are functions of their own: called for every comment, the engine optimises
// them early, where one long loop in a function called once per page would run unoptimised.
function addNode(c: CommentRecord, nodes: Map<string, ThreadNode>): void {
  if (!nodes.has(c.id)) nodes.set(c.id, { comment: c, children: [], descendants: 0 });
}

function attach(c: CommentRecord, nodes: Map<string, ThreadNode>, attached: Set<string>, roots: ThreadNode[]): void {
  const node = nodes.get(c.id);
  if (!node || attached.has(c.id)) return; // duplicate id: keep the first
  attached.add(c.id);
  const parent = c.parentId !== null ? nodes.get(c.parentId) : undefined;
  if (parent && parent !== node && !isAncestor(node, parent.comment.id, nodes)) {
    parent.children.push(node);
  } else {
    roots.push(node);
  }
}

/** Links followed before a walk up the parents starts remembering them (only a cycle needs that). */
const SHORT_CHAIN = 64;

/** True when `candidateId` is `node` itself or lies below it through parentId links. */
function isAncestor(node: ThreadNode, candidateId: string, nodes: Map<string, ThreadNode>): boolean {
  let id: string | null = candidateId;
  // Most chains end within a few links: no set of seen ids for them.
  for (let step = 0; id !== null && step < SHORT_CHAIN; step++) {
    if (id === node.comment.id) return true;
    id = nodes.get(id)?.comment.parentId ?? null;
  }
  if (id === null) return false;
  const seen = new Set<string>();
  id = candidateId;
  while (id !== null && !seen.has(id)) {
    if (id === node.comment.id) return true;
    seen.add(id);
    id = nodes.get(id)?.comment.parentId ?? null;
  }
  return false;
}

function countDescendants(roots: ThreadNode[]): void {
  const order: ThreadNode[] = [];
  const stack = [...roots];
  while (stack.length) {
    const n = stack.pop() as ThreadNode;
    order.push(n);
    for (const ch of n.children) stack.push(ch);
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const n = order[i];
    n.descendants = n.children.reduce((s, ch) => s + 1 + ch.descendants, 0);
  }
}

/**
 * The same walk as `walk`, handing each node and its depth to `visit` (no generator, no pair per
 * node: for every comment of a big page); `visit` returning true stops the walk.
 */
export function eachNode(roots: readonly ThreadNode[], visit: (node: ThreadNode, depth: number) => boolean | void): void {
  const nodes: ThreadNode[] = [];
  const depths: number[] = [];
  for (let i = roots.length - 1; i >= 0; i--) {
    nodes.push(roots[i]);
    depths.push(0);
  }
  while (nodes.length) {
    const n = nodes.pop() as ThreadNode;
    const d = depths.pop() as number;
    if (visit(n, d)) return;
    for (let i = n.children.length - 1; i >= 0; i--) {
      nodes.push(n.children[i]);
      depths.push(d + 1);
    }
  }
}

/** Depth-first walk in page order, with the depth of each node (0 at the roots). */
export function* walk(roots: readonly ThreadNode[]): Generator<[ThreadNode, number]> {
  const stack: [ThreadNode, number][] = roots.map((r) => [r, 0] as [ThreadNode, number]).reverse();
  while (stack.length) {
    const [n, d] = stack.pop() as [ThreadNode, number];
    yield [n, d];
    for (let i = n.children.length - 1; i >= 0; i--) stack.push([n.children[i], d + 1]);
  }
}
