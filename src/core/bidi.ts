/**
 * A name or phrase from the page inside our own words, in its own direction: wrapped in a Unicode
 * first-strong isolate (U+2068 … U+2069), so "2 participants: سارة, Camille" or "reply to דניאל" keeps
 * its order in a left-to-right line. For text alone in an element, `dir="auto"` does the same.
 */
export const isolate = (s: string): string => `\u2068${s}\u2069`;
