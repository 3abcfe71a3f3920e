/** Below this many letters a comment's own language is not guessed (measured: <40 chars is unreliable). */
export const MIN_COMMENT_CHARS = 120;
