import { noteParts } from '../../core/notes';
import type { MessageKey, Translator } from '../i18n';

/** A reading's note (written in English where it is made) in the reader's language; as written when it is of no known kind. */
export function noteText(note: string, t: Translator): string {
  const parts = noteParts(note);
  return parts ? t(`note_${parts.kind}` as MessageKey, ...parts.values) : note;
}
