import type { SessionArea } from './tab-store';

/**
 * Test support: session storage in memory (values cloned in and out, as the browser's are), with the
 * keys of each write logged. `area` may be changed in place (a test makes its writes fail).
 */
export function memoryArea(): { area: SessionArea; data: Map<string, unknown>; writes: string[][] } {
  const data = new Map<string, unknown>();
  const writes: string[][] = [];
  const area: SessionArea = {
    get: async (k) => (data.has(k) ? { [k]: structuredClone(data.get(k)) } : {}),
    set: async (items) => {
      writes.push(Object.keys(items));
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
    remove: async (k) => [k].flat().forEach((x) => data.delete(x)),
  };
  return { area, data, writes };
}
