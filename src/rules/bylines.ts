/**
 * Vocabulary of byline and article-meta lines: the labels that open a byline
 * ("By", "Posted by", "Written by", and their forms in the languages the
 * library is measured on), the credit labels of wire copy ("Reporting by …;
 * Editing by …"), the job titles and outlet words that follow an author's name
 * ("Staff Writer", "Special to …", "CNN Business"), and the labels of contact
 * lines ("Email", "Follow"). Lower case.
 *
 * Provenance: the byline conventions of news CMS themes (WordPress "Posted by
 * … on …", Arc and Gannett "By … | …", Reuters and AP credit lines, Future plc
 * "By … - Staff Writer <ISO date>"), as seen in the text dumps of the public
 * article-extraction benchmark (2018–2019 US, UK, German, Brazilian and
 * Indonesian news and blog pages). Generic labels only, never a site's own
 * names.
 */

/** Labels that open a byline; the longest that fits wins. A trailing colon is allowed. */
export const BYLINE_LABELS: readonly string[] = [
  'by', 'posted by', 'written by', 'words by', 'story by', 'text by', 'report by', 'reported by', 'article by',
  'published by', 'author', 'authors', 'byline', 'von', 'por', 'par', 'oleh', 'penulis', 'autor', 'autora', 'auteur',
  'texto', 'reportagem', 'автор', 'текст',
];

/**
 * Credit labels of wire copy: a line made of these, names and places is a
 * credit line ("Reporting by Rodrigo Campos; Editing by Nick Zieminski").
 * The words are matched one by one, so "additional reporting by" needs no entry.
 */
export const CREDIT_WORDS: ReadonlySet<string> = new Set([
  'reporting', 'reported', 'additional', 'editing', 'edited', 'writing', 'written', 'compiled', 'produced',
  'production', 'research', 'researched', 'graphics', 'photography', 'photos', 'video', 'design', 'designed',
  'fact-checking', 'contributed', 'contributing', 'by', 'with', 'and', 'in', 'from', 'and', 'the',
]);

/** Credit words that may open a credit line (the line must start with one and contain "by" after it). */
export const CREDIT_OPENERS: ReadonlySet<string> = new Set([
  'reporting', 'reported', 'additional', 'editing', 'edited', 'writing', 'written', 'compiled', 'produced',
  'research', 'researched', 'graphics', 'with',
]);

/** Credit words after which the names are the story's authors. */
export const AUTHOR_CREDITS: ReadonlySet<string> = new Set(['reporting', 'reported', 'writing', 'written']);

/** Sentence endings of the AP credit line: "Jane Doe contributed to this report." */
export const CONTRIBUTED_TAILS: readonly string[] = [
  'contributed to this report', 'contributed to this story', 'contributed to this article', 'contributed reporting',
  'contributed to this report from',
];

/**
 * Words of a job title after an author's name ("Staff Writer", "Live Science
 * Contributor", "Special to …"). A line of a name and a job title is a
 * byline; a part made of these is an affiliation, not another author.
 */
export const JOB_WORDS: ReadonlySet<string> = new Set([
  'writer', 'writers', 'staff', 'reporter', 'reporters', 'correspondent', 'correspondents', 'editor', 'editors',
  'contributor', 'contributors', 'contributing', 'columnist', 'journalist', 'producer', 'special', 'freelance',
  'intern', 'critic', 'blogger', 'photographer', 'redação', 'redacao', 'redacción', 'redaccion', 'redaktion',
  'rédaction', 'redazione', 'redaksi', 'репортер', 'корреспондент', 'редакция', 'colunista', 'columnista',
]);

/** Words of an outlet's name after an author's name ("CNN Business", "Fox News", "Staff Reports"). */
export const OUTLET_WORDS: ReadonlySet<string> = new Set([
  'news', 'media', 'press', 'times', 'post', 'journal', 'magazine', 'online', 'daily', 'digital', 'business', 'wire',
  'network', 'agency', 'tribune', 'herald', 'telegraph', 'gazette', 'review', 'radio', 'tv', 'reports', 'desk', 'team',
  'bureau', 'senior', 'chief', 'associate', 'deputy', 'managing', 'executive', 'science', 'politics', 'sports',
]);

/** Lower-case name particles that may stand inside a name ("Ludwig van Beethoven", "Maria da Silva"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'van', 'von', 'de', 'der', 'den', 'da', 'das', 'do', 'dos', 'di', 'del', 'della', 'la', 'le', 'du', 'bin', 'al',
  'el', 'ibn', 'ter', 'st',
]);

/** Words that join author names ("Jane Doe and John Roe", "Mike Wuerthele & Malcolm Owen"). */
export const NAME_JOINERS: ReadonlySet<string> = new Set(['and', '&', 'with', 'y', 'e', 'und', 'et', 'dan', 'и', 'en']);

/** Lower-case words an affiliation may hold between its capitalised words ("Special to the Pioneer Press"). */
export const AFFILIATION_FILLERS: ReadonlySet<string> = new Set(['to', 'the', 'of', 'for', 'at', 'in', 'from', 'de', 'da', 'do']);

/**
 * Words that label the date part of a meta line besides the timestamp labels
 * ("Original Nov. 19, 2019", "publiziert am 25. September 2018").
 */
export const META_DATE_LABELS: ReadonlySet<string> = new Set([
  'published', 'updated', 'posted', 'modified', 'original', 'originally', 'last', 'first', 'created', 'on', 'at',
  'publiziert', 'veröffentlicht', 'aktualisiert', 'am', 'publicado', 'atualizado', 'actualizado', 'em', 'el', 'en',
  'publié', 'mis', 'à', 'jour', 'le', 'pubblicato', 'aggiornato', 'il', 'diterbitkan', 'diperbarui', 'pada',
  'опубликовано', 'обновлено',
]);

/** Labels of a contact line ("Email: jane@paper.com", "Follow @janedoe on Twitter"). */
export const CONTACT_WORDS: ReadonlySet<string> = new Set([
  'email', 'e-mail', 'mail', 'contact', 'follow', 'twitter', 'x', 'instagram', 'facebook', 'linkedin', 'mastodon',
  'threads', 'bluesky', 'phone', 'tel', 'telephone', 'on', 'at', 'or', 'and', 'me', 'him', 'her', 'them', 'the',
  'author', 'reporter', 'writer', 'tweets', 'by', 'write', 'to', 'reach', 'email:', 'contato', 'kontakt',
]);
