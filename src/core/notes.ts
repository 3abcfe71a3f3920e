/**
 * The notes a reading carries (partial results, frames, folded replies), written in English where
 * they are made: the command line and the exports print them as they are. The popup shows them in
 * the reader's language: `noteParts` reads a note back into a message key and its values, and a
 * test builds every note here and reads it back, so the two cannot drift apart.
 */

const s = (n: number) => (n === 1 ? '' : 's');

export const notes = {
  partialComments: (kept: number, total: number) => `Partial result: read the first ${kept} of ${total} comments.`,
  partialLongText: (cut: number, chars: number) => `Partial result: ${cut} very long comments were cut to ${chars} characters.`,
  partialBudget: (ms: number) => `Partial result: reading stopped after the time budget (${ms} ms).`,
  loadMore: (system: string, label: string) => `${system} shows a “${label}” button: more comments can be loaded on the page.`,
  folded: (system: string, n: number, label: string) =>
    `${system} folds some replies (${n} “${label}” control${s(n)}): they are not in the page yet.`,
  unreadAreas: (system: string, n: number) =>
    `${system}: ${n === 1 ? 'one comment area was' : `${n} comment areas were`} not read: not loaded yet, or in a closed shadow root that Comment Lens cannot read.`,
  bots: (n: number) => `${n} comment${s(n)} by apps (bots) left out`,
  hiddenTimeline: (what: string) => `some timeline items are hidden behind "Load more": ${what}`,
  frameEmpty: (service: string, host: string) => `The ${service} frame (${host}) was read, but no comments were found in it.`,
  frameRead: (n: number, service: string, host: string) => `${n} comment${s(n)} read from the ${service} frame (${host}).`,
  frameList: (service: string) => `Could not list the frames of this page to read the ${service} comments.`,
  frameMissing: (service: string) => `The ${service} frame is not on the page yet: scroll down to the comments, then read the page again.`,
  frameUnread: (service: string) => `Could not read the ${service} frame.`,
} as const;

export type NoteKind = keyof typeof notes;

/** How each note reads back: its pattern, and which captured values are counts (for plurals). */
const PATTERNS: Record<NoteKind, RegExp> = {
  partialComments: /^Partial result: read the first (\d+) of (\d+) comments\.$/,
  partialLongText: /^Partial result: (\d+) very long comments were cut to (\d+) characters\.$/,
  partialBudget: /^Partial result: reading stopped after the time budget \((\d+) ms\)\.$/,
  loadMore: /^(.+) shows a “(.+)” button: more comments can be loaded on the page\.$/,
  folded: /^(.+) folds some replies \((\d+) “(.+)” controls?\): they are not in the page yet\.$/,
  unreadAreas: /^(.+): (?:one comment area was|(\d+) comment areas were) not read: not loaded yet, or in a closed shadow root that Comment Lens cannot read\.$/,
  bots: /^(\d+) comments? by apps \(bots\) left out$/,
  hiddenTimeline: /^some timeline items are hidden behind "Load more": (.*)$/,
  frameEmpty: /^The (.+) frame \((.+)\) was read, but no comments were found in it\.$/,
  frameRead: /^(\d+) comments? read from the (.+) frame \((.+)\)\.$/,
  frameList: /^Could not list the frames of this page to read the (.+) comments\.$/,
  frameMissing: /^The (.+) frame is not on the page yet: scroll down to the comments, then read the page again\.$/,
  frameUnread: /^Could not read the (.+) frame\.$/,
};

export interface NoteParts {
  kind: NoteKind;
  /** The values in the order the builder takes them; numbers where the builder takes numbers. */
  values: (string | number)[];
}

/** A note read back into its kind and values, or null for a note of another kind. */
export function noteParts(text: string): NoteParts | null {
  for (const kind of Object.keys(PATTERNS) as NoteKind[]) {
    const m = PATTERNS[kind].exec(text);
    if (!m) continue;
    const raw = m.slice(1);
    // "one comment area" has no digits to capture.
    if (kind === 'unreadAreas') return { kind, values: [raw[0], raw[1] === undefined ? 1 : Number(raw[1])] };
    return { kind, values: raw.map((v) => (/^\d+$/.test(v) ? Number(v) : v)) };
  }
  return null;
}
