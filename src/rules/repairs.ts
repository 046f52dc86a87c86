/**
 * Data for text repair. The cp1252 table is the Windows-1252 code page
 * (bytes 0x80–0x9F), which is how UTF-8 bytes read as "ANSI" turn into "â€™";
 * the entity names are the HTML named references that scrapers most often
 * leave in text (seen in RSS descriptions and CMS exports), not the full
 * HTML list.
 */

/** Windows-1252 characters for the bytes 0x80–0x9F (unassigned bytes are absent). */
export const CP1252_HIGH: Readonly<Record<number, number>> = {
  0x20ac: 0x80, 0x201a: 0x82, 0x0192: 0x83, 0x201e: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87, 0x02c6: 0x88,
  0x2030: 0x89, 0x0160: 0x8a, 0x2039: 0x8b, 0x0152: 0x8c, 0x017d: 0x8e, 0x2018: 0x91, 0x2019: 0x92, 0x201c: 0x93,
  0x201d: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97, 0x02dc: 0x98, 0x2122: 0x99, 0x0161: 0x9a, 0x203a: 0x9b,
  0x0153: 0x9c, 0x017e: 0x9e, 0x0178: 0x9f,
};

/** Named HTML entities left in scraped text, by name. */
export const HTML_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '–', mdash: '—', hellip: '…',
  lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„', laquo: '«', raquo: '»', bull: '•',
  middot: '·', copy: '©', reg: '®', trade: '™', deg: '°', euro: '€', pound: '£', yen: '¥', cent: '¢', sect: '§',
  para: '¶', times: '×', divide: '÷', frac12: '½', frac14: '¼', frac34: '¾', eacute: 'é', egrave: 'è', ecirc: 'ê',
  aacute: 'á', agrave: 'à', acirc: 'â', atilde: 'ã', auml: 'ä', oacute: 'ó', ocirc: 'ô', otilde: 'õ', ouml: 'ö',
  uacute: 'ú', uuml: 'ü', iacute: 'í', ccedil: 'ç', ntilde: 'ñ', szlig: 'ß', Eacute: 'É', Aacute: 'Á', Ccedil: 'Ç',
  Ntilde: 'Ñ', Ouml: 'Ö', Uuml: 'Ü', Auml: 'Ä', shy: '\u00ad', zwj: '\u200d', zwnj: '\u200c', thinsp: '\u2009',
  ensp: '\u2002', emsp: '\u2003', prime: '′', Prime: '″', minus: '−', iexcl: '¡', iquest: '¿',
};

/** Typographic quotes and dashes and their plain forms, for the optional normalisation. */
export const QUOTE_FORMS: Readonly<Record<string, string>> = {
  '‘': "'", '’': "'", '‚': "'", '‛': "'", '“': '"', '”': '"', '„': '"', '‟': '"', '«': '"', '»': '"', '′': "'", '″': '"',
};
export const DASH_FORMS: Readonly<Record<string, string>> = { '‐': '-', '‑': '-', '‒': '-', '–': '-', '—': '-', '―': '-', '−': '-' };
