/**
 * Calendar vocabulary for timestamps and datelines. English first, then the
 * other languages whose news sites most often end up in English-language
 * scrapes with localised date lines (French, Spanish, German, Portuguese,
 * Italian). Keys are lower case without a trailing period. The object has no
 * prototype, so a word such as "constructor" is no month.
 */
export const MONTHS: Readonly<Record<string, number>> = Object.assign(Object.create(null) as Record<string, number>, {
  // English, full and abbreviated ("Sept" is AP style)
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5,
  june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9,
  october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
  // French
  janvier: 1, février: 2, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7,
  août: 8, aout: 8, septembre: 9, octobre: 10, novembre: 11, décembre: 12, decembre: 12,
  // Spanish and Portuguese
  enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8,
  septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
  janeiro: 1, fevereiro: 2, março: 3, maio: 5, junho: 6, julho: 7, setembro: 9,
  outubro: 10, novembro: 11, dezembro: 12,
  // German and Italian
  januar: 1, februar: 2, märz: 3, juni: 6, juli: 7, oktober: 10, dezember: 12,
  gennaio: 1, febbraio: 2, aprile: 4, maggio: 5, giugno: 6, luglio: 7,
  settembre: 9, ottobre: 10, dicembre: 12,
});

/** Weekday names and abbreviations: allowed in a timestamp line, carry no date. */
export const WEEKDAYS: ReadonlySet<string> = new Set([
  'monday', 'mon', 'tuesday', 'tue', 'tues', 'wednesday', 'wed', 'thursday', 'thu', 'thur', 'thurs',
  'friday', 'fri', 'saturday', 'sat', 'sunday', 'sun',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo',
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag',
]);

/**
 * Words that label a timestamp line ("Published: …", "Last updated on …",
 * "Posted at …") or stand between its parts. A line made only of these, dates
 * and times is a timestamp, not prose.
 */
export const TIMESTAMP_LABELS: ReadonlySet<string> = new Set([
  'published', 'updated', 'posted', 'modified', 'last', 'first', 'created', 'date', 'time',
  'on', 'at', 'of', 'the', 'am', 'pm', 'a', 'p', 'm', 'h', 'hrs', 'st', 'nd', 'rd', 'th',
  'publié', 'publie', 'mis', 'à', 'jour', 'le', 'publicado', 'actualizado', 'el', 'de', 'veröffentlicht',
  'aktualisiert', 'am', 'um', 'uhr', 'pubblicato', 'aggiornato', 'il', 'alle',
]);

/** Time-zone names a source may give; recorded as such only when they are UTC. */
export const ZONE_NAMES: ReadonlySet<string> = new Set([
  'utc', 'gmt', 'z', 'et', 'est', 'edt', 'ct', 'cst', 'cdt', 'mt', 'mst', 'mdt', 'pt', 'pst', 'pdt',
  'bst', 'cet', 'cest', 'eet', 'eest', 'msk', 'ist', 'jst', 'kst', 'aest', 'aedt', 'hkt', 'sgt', 'wib',
]);

/** Relative times that timestamp lines use instead of a date ("3 hours ago"). */
export const RELATIVE_TIME_WORDS: ReadonlySet<string> = new Set([
  'ago', 'second', 'seconds', 'sec', 'secs', 'minute', 'minutes', 'min', 'mins', 'hour', 'hours', 'hr',
  'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'yesterday', 'today', 'just', 'now',
  'an', 'one', 'few',
]);
