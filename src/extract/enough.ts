import type { ExtractContext } from './types';

/**
 * True when an adapter may stop reading: past its time budget, or holding what a first look needs
 * (`ctx.enough` comments). What it has read so far is its answer; the page may hold more.
 */
export function enough(ctx: ExtractContext, found: number): boolean {
  return ctx.now() > ctx.deadline || (ctx.enough !== undefined && found >= ctx.enough);
}
