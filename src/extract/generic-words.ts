/**
 * Words the generic detector reads in ids, classes, aria-labels and headings.
 * Kept in one place so the rules stay about markup, never about one page.
 */

/** A class/id token that names one comment (or a reply) in many languages. */
export const ITEM_TOKEN =
  /comment|koment|coment|commento|commentaire|reactie|reaction|repl(y|ies)|respon[sd]|antwort|réponse|комментар|коммент|отзыв/i;

/** A region that holds the comment thread. */
export const REGION_WORDS =
  /comment|koment|coment|commentaire|kommentar|reactie|reactions|repl(y|ies)|respon[sd]|discussion|diskussion|discusi|antwort|réponse|комментари|обсужден|ответ/i;

/** Ancestors whose comments are never the page's thread: widgets, sidebars, navigation, promos. */
export const BAD_REGION =
  /(^|[-_\s])(widgets?|sidebar|side-bar|sidebox|recent|latest|popular|related|most-?(commented|read|popular)|top-?comments|aside|nav|navbar|navigation|menu|breadcrumbs?|pager|share|sharing|social|tag-?cloud|newsletter|promo|advert|ads|teaser|footer|site-footer|masthead|search-results?|product|shop|cart)($|[-_\s\d])|recentcomments|recent-?comments|latest-?comments|widget/i;

/** Parts of a comment that are not its text: header, actions, avatars. */
export const META_PART =
  /(^|[-_\s])(meta|metadata|commentmetadata|submitted|details|info|header|head|entete|kopf|repondre|antworten|responder|byline|author|vcard|avatar|gravatar|photo|pic|user|username|name|nick|date|time|timestamp|stamp|posted|permalink|actions?|tools|toolbar|reply|reply-?link|replylink|links|footer|rating|votes?|vote|karma|score|like|likes|share|report|flag|edit|delete|buttons?|btn|controls|number|num|count|status|sig)($|[-_\s\d])|commentmeta|comment-?(author|meta|date|time|header|footer|actions|tools|info|head|reply|number|num|permalink|avatar)|(^|[-_\s])(post|entry)-?(foot|footer|meta|info|details)($|[-_\s\d])/i;

/** Classes of the element that holds a comment's own text. */
export const BODY_PART =
  /(^|[-_\s])(text|texte|contenu|inhalt|contenido|testo|текст|body|content|message|msg|entry|comment-?text|commenttext|commentext|commentbody|comment-?body|comment-?content|comment-?entry|bubble|post-?body|description|copy)($|[-_\s\d])|commentbody|commenttext|commentext|commententry/i;

/** Classes of the element that names a comment's author. */
export const AUTHOR_PART =
  /(^|[-_\s])(author|auteur|autor|verfasser|автор|fn|vcard|name|profile|user|username|nick|nickname|poster|commenter|comment-?author|commentauthor|commentname|comment-?name|from|by|who|byline|url)($|[-_\s\d])|commentauthor|commentname|commenter/i;

/** Classes of the element that dates a comment. */
export const TIME_PART =
  /(^|[-_\s])(date|time|datetime|submitted|when|stamp|timestamp|posted|published|ago|comment-?date|comment-?time|commentdate|commenttime|comment-?timestamp|permalink)($|[-_\s\d])|commentdate|commenttime|commentmetadata|comment-?meta/i;

/** A heading that opens the comment section, in the languages the corpus and users read. */
export const SECTION_HEADING =
  /\b(\d+\s+)?(comments?|responses?|replies|reactions?|commentaires?|réactions?|réponses?|kommentare?|reaktionen|antworten|comentarios?|commenti|reacties|reageer|комментари[йея]?|ответ(ов|ы)?|відгуки)\b/i;

/** Strings that only ever label an author ("Posted by:", "says:"). */
export const AUTHOR_NOISE =
  /^(posted|written|submitted|comment(ed)?)\s+by:?\s*|^by:?\s+|^von:?\s+|^par:?\s+|^de:?\s+|^от:?\s+|\s*(says|said|wrote|dit|a dit|a écrit|schreibt|schrieb|sagt|escribió|dice|ha scritto|scrive|zegt|пишет|написал[а]?)\s*(:|\.{1,3}|…)?\s*$|\s*:$/gi;

export const tokensOf = (el: Element): string =>
  `${el.getAttribute('id') ?? ''} ${el.getAttribute('class') ?? ''}`.trim();
