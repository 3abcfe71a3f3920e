import type { SignalKind } from './model';
import { isolate } from '../../core/bidi';

/**
 * The words the annotations show, French first, English second. The content
 * script picks the reader's language (the browser UI language), not the page's.
 */
export interface Strings {
  lang: string;
  replies(n: number): string;
  thread(n: number): string;
  threadTitle(replies: number, size: number): string;
  authorCount(n: number): string;
  authorTitle(author: string, n: number): string;
  articleAuthor: string;
  replyTo(author: string): string;
  replyToInferred: string;
  newSince: string;
  newSinceTitle: string;
  signal: Record<SignalKind, string>;
  signalWhy(kind: SignalKind, evidence: string[], answered?: boolean | null): string;
  hide(n: number): string;
  show(n: number): string;
  hidden(n: number): string;
  label: string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n <= 1 ? one : many}`;
const list = (xs: string[]) => xs.slice(0, 5).map((x) => `« ${x.length > 90 ? `${x.slice(0, 89)}…` : x} »`).join(', ');
const listEn = (xs: string[]) => xs.slice(0, 5).map((x) => `“${x.length > 90 ? `${x.slice(0, 89)}…` : x}”`).join(', ');

export const fr: Strings = {
  lang: 'fr',
  replies: (n) => (n === 0 ? 'aucune réponse' : plural(n, 'réponse', 'réponses')),
  thread: (n) => `fil de ${n}`,
  threadTitle: (r, s) => `${r === 0 ? 'aucune réponse directe' : plural(r, 'réponse directe', 'réponses directes')} ; ${plural(s, 'commentaire', 'commentaires')} dans ce fil`,
  authorCount: (n) => `×${n}`,
  authorTitle: (a, n) => `${isolate(a)} a écrit ${plural(n, 'commentaire', 'commentaires')} sur cette page`,
  articleAuthor: "auteur de l’article",
  replyTo: (a) => `↳ en réponse à ${isolate(a)}`,
  replyToInferred: 'Parent déduit du texte (@nom ou citation), pas indiqué par la page',
  newSince: 'nouveau',
  newSinceTitle: 'Absent lors de votre dernière visite avec Comment Lens',
  signal: { question: 'question', link: 'lien', agree: 'accord', disagree: 'désaccord', emphatic: 'appuyé', 'strong-words': 'mots forts' },
  signalWhy(kind, ev, answered) {
    switch (kind) {
      case 'question':
        return `Pose une question : ${list(ev)}${answered === true ? ' (réponse reçue)' : answered === false ? ' (sans réponse)' : ''}`;
      case 'link':
        return `Contient un lien vers ${ev.join(', ')}`;
      case 'agree':
        return `Mots d’accord dans le texte : ${list(ev)}`;
      case 'disagree':
        return `Mots de désaccord dans le texte : ${list(ev)}`;
      case 'strong-words':
        return `Le texte contient des mots de la liste des termes forts : ${list(ev)}`;
      case 'emphatic':
        return `Ton appuyé dans le texte : ${ev.map((e) => e.replace('!×', 'points d’exclamation ×').replace('ABC×', 'mots en capitales ×')).join(', ')}`;
    }
  },
  hide: (n) => `▾ masquer ${plural(n, 'réponse', 'réponses')}`,
  show: (n) => `▸ afficher ${plural(n, 'réponse', 'réponses')}`,
  hidden: (n) => `${plural(n, 'réponse masquée', 'réponses masquées')}`,
  label: 'Annotations Comment Lens',
};

export const en: Strings = {
  lang: 'en',
  replies: (n) => (n === 0 ? 'no replies' : plural(n, 'reply', 'replies')),
  thread: (n) => `thread of ${n}`,
  threadTitle: (r, s) => `${r === 0 ? 'no direct replies' : plural(r, 'direct reply', 'direct replies')}; ${plural(s, 'comment', 'comments')} in this thread`,
  authorCount: (n) => `×${n}`,
  authorTitle: (a, n) => `${isolate(a)} wrote ${plural(n, 'comment', 'comments')} on this page`,
  articleAuthor: 'article author',
  replyTo: (a) => `↳ reply to ${isolate(a)}`,
  replyToInferred: 'Parent inferred from the text (@name or a quote), not stated by the page',
  newSince: 'new',
  newSinceTitle: 'Not there on your last visit with Comment Lens',
  signal: { question: 'question', link: 'link', agree: 'agreement', disagree: 'disagreement', emphatic: 'emphatic', 'strong-words': 'strong words' },
  signalWhy(kind, ev, answered) {
    switch (kind) {
      case 'question':
        return `Asks a question: ${listEn(ev)}${answered === true ? ' (answered)' : answered === false ? ' (unanswered)' : ''}`;
      case 'link':
        return `Links to ${ev.join(', ')}`;
      case 'agree':
        return `Words of agreement in the text: ${listEn(ev)}`;
      case 'disagree':
        return `Words of disagreement in the text: ${listEn(ev)}`;
      case 'strong-words':
        return `The text contains words from the strong-terms list: ${listEn(ev)}`;
      case 'emphatic':
        return `Emphatic text: ${ev.map((e) => e.replace('!×', 'exclamation marks ×').replace('ABC×', 'words in capitals ×')).join(', ')}`;
    }
  },
  hide: (n) => `▾ hide ${plural(n, 'reply', 'replies')}`,
  show: (n) => `▸ show ${plural(n, 'reply', 'replies')}`,
  hidden: (n) => `${plural(n, 'reply', 'replies')} hidden`,
  label: 'Comment Lens annotations',
};

export const stringsFor = (lang: string | null | undefined): Strings => (/^fr\b/i.test(lang ?? '') ? fr : en);
