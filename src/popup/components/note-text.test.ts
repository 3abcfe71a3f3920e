import { describe, expect, it } from 'vitest';
import fr from '../../../public/_locales/fr/messages.json';
import { notes } from '../../core/notes';
import { createTranslator, defaultTranslator, type Messages } from '../i18n';
import { noteText } from './note-text';

describe('a reading\'s notes in the popup\'s language', () => {
  const tFr = createTranslator(fr as Messages, 'fr');

  it.each([
    [notes.partialBudget(4000), /^Résultat partiel : lecture arrêtée au bout du temps imparti \(4\s000 ms\)\.$/u],
    [notes.frameRead(208, 'Disqus', 'disqus.com'), /^Commentaires lus dans le cadre Disqus \(disqus\.com\) : 208\.$/],
    [notes.folded('Coral', 2, 'Show all replies'), /^Coral replie des réponses \(boutons « Show all replies » : 2\)/],
    [notes.frameMissing('Remark42'), /^Le cadre Remark42 n’est pas encore dans la page/],
  ])('%s', (note, want) => {
    expect(noteText(note, tFr)).toMatch(want);
  });

  it('keeps the English sense in English, and shows a note of no known kind as it is', () => {
    expect(noteText(notes.unreadAreas('Coral', 1), defaultTranslator())).toBe(
      'Coral: comment areas not read (1): not loaded yet, or in a closed shadow root that Comment Lens cannot read.',
    );
    expect(noteText('Une note inconnue.', tFr)).toBe('Une note inconnue.');
  });
});
