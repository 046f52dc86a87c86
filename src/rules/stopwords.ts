/**
 * Function words per language, for the stopword density of a line (the
 * jusText idea: running prose is dense in function words, menus, link labels
 * and headlines are not). Short lists of the commonest words, written from
 * general knowledge of each language, not copied from any list; lower case.
 * The languages are those of the scraped news the library is measured on
 * (English, German, French, Spanish, Portuguese, Italian, Dutch, Indonesian,
 * Russian); a page in another language is judged by shape alone.
 */
export const STOPWORDS: Readonly<Record<string, readonly string[]>> = {
  en: [
    'the', 'a', 'an', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'as', 'is', 'are',
    'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did', 'it', 'its', 'this', 'that', 'these',
    'those', 'he', 'she', 'they', 'we', 'you', 'i', 'his', 'her', 'their', 'our', 'your', 'my', 'him', 'them', 'us', 'me',
    'not', 'no', 'so', 'if', 'than', 'then', 'there', 'which', 'who', 'what', 'when', 'where', 'how', 'would', 'could',
    'should', 'will', 'can', 'may', 'might', 'must', 'about', 'into', 'over', 'after', 'before', 'also', 'just', 'more',
    'some', 'all', 'any', 'only', 'out', 'up', 'one', 'said', 'because', 'while', 'still', 'even', 'most', 'such',
  ],
  de: [
    'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'und', 'oder', 'aber', 'in', 'im',
    'auf', 'mit', 'von', 'vom', 'zu', 'zum', 'zur', 'für', 'an', 'am', 'aus', 'bei', 'nach', 'über', 'ist', 'sind', 'war',
    'wird', 'werden', 'hat', 'haben', 'es', 'er', 'sie', 'wir', 'ich', 'nicht', 'auch', 'sich', 'dass', 'als', 'wie',
    'noch', 'nur', 'so', 'um', 'wenn', 'man', 'kann', 'diese', 'dieser', 'sein', 'durch', 'bis', 'schon', 'mehr',
  ],
  fr: [
    'le', 'la', 'les', 'un', 'une', 'des', 'du', 'de', 'et', 'ou', 'mais', 'en', 'dans', 'sur', 'avec', 'pour', 'par',
    'au', 'aux', 'est', 'sont', 'était', 'a', 'ont', 'il', 'elle', 'ils', 'elles', 'nous', 'vous', 'je', 'ne', 'pas',
    'que', 'qui', 'ce', 'cette', 'ces', 'se', 'sa', 'son', 'ses', 'leur', 'plus', 'comme', 'mais', 'aussi', 'tout', 'été',
  ],
  es: [
    'el', 'la', 'los', 'las', 'un', 'una', 'unos', 'y', 'o', 'pero', 'de', 'del', 'en', 'a', 'al', 'con', 'por', 'para',
    'es', 'son', 'era', 'fue', 'ha', 'han', 'que', 'se', 'su', 'sus', 'lo', 'le', 'les', 'no', 'más', 'como', 'este',
    'esta', 'estos', 'ese', 'esa', 'muy', 'también', 'sin', 'sobre', 'entre', 'cuando', 'yo', 'él', 'ella', 'nos',
  ],
  pt: [
    'o', 'a', 'os', 'as', 'um', 'uma', 'e', 'ou', 'mas', 'de', 'do', 'da', 'dos', 'das', 'em', 'no', 'na', 'nos', 'nas',
    'com', 'por', 'para', 'pelo', 'pela', 'é', 'são', 'foi', 'era', 'tem', 'que', 'se', 'seu', 'sua', 'não', 'mais',
    'como', 'este', 'esta', 'isso', 'isto', 'ele', 'ela', 'eles', 'muito', 'também', 'sem', 'sobre', 'quando', 'já', 'ao',
  ],
  it: [
    'il', 'lo', 'la', 'i', 'gli', 'le', 'un', 'una', 'uno', 'e', 'o', 'ma', 'di', 'del', 'della', 'dei', 'delle', 'in',
    'nel', 'nella', 'a', 'al', 'alla', 'con', 'per', 'da', 'su', 'è', 'sono', 'era', 'ha', 'hanno', 'che', 'si', 'non',
    'più', 'come', 'questo', 'questa', 'anche', 'suo', 'sua', 'loro', 'quando', 'molto', 'tra', 'fra', 'dello',
  ],
  nl: [
    'de', 'het', 'een', 'en', 'of', 'maar', 'van', 'in', 'op', 'aan', 'met', 'voor', 'door', 'naar', 'bij', 'uit', 'is',
    'zijn', 'was', 'waren', 'heeft', 'hebben', 'wordt', 'worden', 'dat', 'die', 'dit', 'deze', 'er', 'hij', 'zij', 'ze',
    'we', 'wij', 'ik', 'je', 'niet', 'ook', 'als', 'om', 'te', 'nog', 'wel', 'dan', 'al', 'meer', 'over', 'geen',
  ],
  id: [
    'yang', 'dan', 'di', 'ke', 'dari', 'ini', 'itu', 'dengan', 'untuk', 'pada', 'adalah', 'dalam', 'tidak', 'akan',
    'juga', 'atau', 'karena', 'oleh', 'ada', 'bisa', 'sudah', 'saja', 'lebih', 'kita', 'kami', 'mereka', 'dia', 'ia',
    'saya', 'anda', 'telah', 'seperti', 'jika', 'maka', 'namun', 'tetapi', 'bahwa', 'agar', 'sebagai', 'para', 'pun',
  ],
  ru: [
    'и', 'в', 'во', 'не', 'на', 'с', 'со', 'что', 'как', 'а', 'но', 'по', 'к', 'у', 'из', 'за', 'от', 'о', 'об', 'для',
    'это', 'он', 'она', 'они', 'мы', 'вы', 'я', 'его', 'ее', 'её', 'их', 'был', 'была', 'были', 'быть', 'есть', 'так',
    'же', 'бы', 'ли', 'только', 'уже', 'еще', 'ещё', 'все', 'всё', 'при', 'до', 'если', 'или', 'чтобы', 'когда', 'вот',
  ],
};
