/**
 * Author names that name no one: left empty, or a comment system's placeholder for a deleted
 * account or an anonymous post ("[deleted]" on Reddit, "Anonymous Coward" on Slashdot, "Anonyme",
 * "Gast"...). The comments under such a name are many people's, so it is not one participant: it is
 * not counted among the participants, in a thread's participants, nor in who answers whom.
 */
// A pattern, not a set of words: it is shipped in the reading script, whose size has a budget.
const PLACEHOLDER =
  /^(?:[—-]|\[(?:deleted|removed|gelöscht|supprimé|удалено)\]|deleted|removed|anon(?:ymous(?: coward)?|yme|ym)?|an[óoô]nimo|аноним|guest|gast|invit[ée]|invitado|ospite|convidado|гость)$/i;

/** True when `author` names someone (not empty, not a placeholder). */
export function isNamed(author: string): boolean {
  const a = author.trim();
  return a !== '' && !PLACEHOLDER.test(a);
}
