/** Types of gen-pages.mjs (generated WordPress and Hacker News pages), for the TypeScript that imports it. */
export function shape(n: number, seed?: number): { parent: number[]; depth: number[]; r: () => number };
export function wordpressPage(n: number): string;
export function hackerNewsPage(n: number): string;
