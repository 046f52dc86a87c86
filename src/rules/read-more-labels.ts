/**
 * Labels that introduce a link to another article inside the body. Seed 001
 * has "READ MORE: <title>" twice; other sites say "Also read", "See also",
 * "Related:", or the same in their own language. Lower case, single spaces.
 */
export const READ_MORE_LABELS = [
  // English
  'read more', 'read also', 'also read', 'read next', 'see also', 'related', 'related article', 'related articles',
  'related story', 'related stories', 'related coverage', 'related content', 'more', 'more on this', 'more on this story',
  'more from', 'recommended', 'recommended for you', 'you may also like', 'you might also like', 'also see',
  "don't miss", 'dont miss', 'must read', 'must-read', 'also on', 'further reading', 'more reading', 'trending',
  'watch', 'watch more', 'listen', 'click here', 'continue reading', 'check out',
  // French, Spanish, Portuguese, Italian, German
  'lire aussi', 'à lire aussi', 'a lire aussi', 'voir aussi', 'lee también', 'lea también', 'leer más', 'ver también',
  'leia também', 'leia mais', 'veja também', 'leggi anche', 'vedi anche', 'lesen sie auch', 'mehr zum thema', 'auch interessant',
] as const;

/**
 * Labels that may stand alone on a line, with no title after them: the
 * leftover of a "Read more" button.
 */
export const BARE_READ_MORE_LABELS = [
  'read more', 'read full story', 'read the full story', 'read full article', 'continue reading', 'show more',
  'load more', 'more stories', 'see more', 'view more', 'read next', 'leer más', 'lire la suite', 'weiterlesen', 'leia mais',
] as const;
