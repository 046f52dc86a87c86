/**
 * Vocabulary of the author bio a CMS prints under an article ("Jane Doe is a
 * staff writer at … covering …. Follow her on Twitter @…") and of the header
 * that opens it ("About the author"). Lower case.
 *
 * Provenance: author boxes of WordPress themes and news CMSs (Gawker-era
 * Kinja, WIRED, Future plc, 9to5, Smithsonian) as they end up in the text
 * dumps of the public article-extraction benchmark; the headers in the
 * languages the library is measured on. Generic labels only.
 */

/** Headers of an author box, matched against the whole line. */
export const BIO_HEADERS: ReadonlySet<string> = new Set([
  'about the author', 'about the authors', 'about this author', 'about the writer', 'about the reporter',
  'author bio', 'author biography', 'author information', 'author details', 'meet the author', 'the author',
  'sobre o autor', 'sobre a autora', 'sobre el autor', 'sobre la autora', 'über den autor', 'über die autorin',
  'à propos de l’auteur', "à propos de l'auteur", "a proposito dell'autore", 'l’autore', "l'autore", 'об авторе',
  'tentang penulis', 'over de auteur',
]);

/** Words that open an author box headed by the author's name ("About Jane Doe", "Sobre Carlos Nadalim"). */
export const ABOUT_WORDS: readonly string[] = ['about', 'sobre', 'über', 'à propos de', 'a proposito di', 'acerca de', 'tentang', 'об', 'over'];

/** Verbs that follow the name at the start of a bio ("Jane Doe is …", "Emiliano joined …"). */
export const BIO_VERBS: ReadonlySet<string> = new Set([
  'is', 'was', 'has', 'joined', 'covers', 'writes', 'reports', 'edits', 'leads', 'lives', 'serves', 'works', 'worked',
  'holds', 'began', 'started', 'teaches', 'hosts', 'é', 'foi', 'ist', 'war', 'es', 'est', 'adalah',
]);

/** Nouns of the trade a bio's first sentence names ("a reporter for …", "the editor and publisher of …"). */
export const BIO_NOUNS: ReadonlySet<string> = new Set([
  'writer', 'reporter', 'correspondent', 'editor', 'contributor', 'columnist', 'journalist', 'producer', 'publisher',
  'founder', 'co-founder', 'host', 'author', 'blogger', 'critic', 'analyst', 'photographer', 'intern', 'curator',
  'freelancer', 'freelance', 'staff', 'anchor', 'commentator', 'jornalista', 'repórter', 'redator', 'redatora',
  'periodista', 'redakteur', 'redakteurin', 'journaliste', 'giornalista', 'wartawan', 'журналист', 'корреспондент',
]);

/** Verbs of the trade a bio uses ("has been reporting on …", "covering Amazon"). */
export const TRADE_VERBS: ReadonlySet<string> = new Set([
  'reporting', 'covering', 'writing', 'editing', 'reported', 'covered', 'written', 'edited', 'reports', 'covers', 'writes',
]);

/** Phrases that point the reader at the author: a bio ends with them. */
export const CONTACT_CUES: readonly string[] = [
  'follow him', 'follow her', 'follow them', 'follow me', 'can be reached', 'may be reached', 'reach him', 'reach her',
  'email him', 'email her', 'e-mail him', 'e-mail her', 'on twitter', 'on x at',
];
