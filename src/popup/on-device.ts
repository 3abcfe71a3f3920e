/**
 * Optional on-device rewriting of the extractive key points, through the browser's built-in
 * summarizer (Chrome's Summarizer API) when it is there and its model is already on the
 * machine. Feature-detected: Firefox has none, and Chromium without a model answers
 * "unavailable"; then nothing is shown. Text never leaves the machine: the model runs locally,
 * and we never trigger a model download ("downloadable" counts as unavailable).
 */

interface SummarizerInstance {
  summarize(text: string, opts?: { context?: string }): Promise<string>;
  destroy?(): void;
}
interface SummarizerApi {
  availability(opts?: Record<string, unknown>): Promise<string>;
  create(opts?: Record<string, unknown>): Promise<SummarizerInstance>;
}

const OPTIONS = { type: 'key-points', format: 'plain-text', length: 'short' } as const;

function api(scope: unknown): SummarizerApi | null {
  const s = (scope as { Summarizer?: SummarizerApi } | undefined)?.Summarizer;
  return s && typeof s.availability === 'function' && typeof s.create === 'function' ? s : null;
}

/** The summarizer's output languages that we ask for: the discussion's, else English. */
const outputLanguage = (lang: string) => (lang === 'fr' ? 'fr' : 'en');

/** True only when an on-device model is ready now. Never throws. */
export async function onDeviceAvailable(lang = 'en', scope: unknown = globalThis): Promise<boolean> {
  const s = api(scope);
  if (!s) return false;
  try {
    return (await s.availability({ ...OPTIONS, expectedInputLanguages: ['en', 'fr'], outputLanguage: outputLanguage(lang) })) === 'available';
  } catch {
    return false;
  }
}

/** Rewrites the given key points (plain text, one per line) in the discussion's language. */
export async function rewriteKeyPoints(points: readonly string[], lang: string, scope: unknown = globalThis): Promise<string> {
  const s = api(scope);
  if (!s) throw new Error('no on-device summarizer');
  const inst = await s.create({ ...OPTIONS, outputLanguage: outputLanguage(lang) });
  try {
    return await inst.summarize(points.map((p) => `- ${p}`).join('\n'), { context: 'Key points of a comment section under an article.' });
  } finally {
    inst.destroy?.();
  }
}
