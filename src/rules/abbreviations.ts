/**
 * Abbreviations that carry a full stop which is usually *not* a sentence end.
 *
 * Entries are written without their final full stop and matched against the
 * word before a period. Groups say how the segmenter treats a match:
 *
 * - `titleAbbreviations` and `leadingAbbreviations` stand *before* what they
 *   qualify (`Lt. Gen. Igor Konashenkov`, `e.g. the`), so they never end a
 *   sentence.
 * - every other group may end a sentence (`Pitt, Briggs & Co. It closed.`):
 *   the segmenter ends the sentence only when a likely sentence opener follows
 *   (see `sentence-openers.ts`).
 *
 * Words written before a number (`No. 5`, `N°. 1026`, `p. 55`) need no entry:
 * a period followed by a digit never ends a sentence (see `boundary.ts`), and
 * without a number after them they are ordinary words (`The answer was no.`).
 * `in` (inches) and `art` (article) are left out for the same reason: as
 * ordinary words they end sentences far more often than they abbreviate.
 *
 * Case-sensitive groups hold capitalised forms, so `mass.` (the noun) is not
 * `Mass.` (Massachusetts); case-insensitive groups are matched lower-cased.
 */

/**
 * Ranks, honorifics and offices written before a name. Source: the AP
 * Stylebook's "titles" and "military titles" entries, checked against US and
 * Russian agency copy (`Lt. Gen. Igor Konashenkov`, `Gov. Doug Ducey`,
 * `Sen. John McCain (R-Ariz.)`). Case-sensitive.
 */
export const titleAbbreviations = [
  // civil
  'Mr', 'Mrs', 'Ms', 'Mx', 'Messrs', 'Mmes', 'Mme', 'Mlle', 'Dr', 'Drs', 'Prof', 'Profs',
  // political offices
  'Gov', 'Govs', 'Sen', 'Sens', 'Rep', 'Reps', 'Pres', 'Supt', 'Atty', 'Amb', 'Treas',
  // military and police ranks
  'Adm', 'Gen', 'Gens', 'Lt', 'Col', 'Maj', 'Capt', 'Cmdr', 'Cdr', 'Brig', 'Sgt', 'Cpl',
  'Pvt', 'Pfc', 'Spc', 'Ens', 'Insp', 'Det', 'Cpt',
  // clergy and courtesy
  'Rev', 'Revs', 'Fr', 'Msgr', 'Hon', 'Sra', 'Srta',
  // place-name prefixes: Mount, Fort, Port, Point
  'Mt', 'Ft', 'Pt',
] as const;

/**
 * Latin and editorial abbreviations that introduce what follows. Source:
 * Chicago Manual of Style 10.42 (Latin abbreviations). Case-insensitive.
 */
export const leadingAbbreviations = ['e.g', 'i.e', 'cf', 'viz', 'vs', 'v', 'approx'] as const;

/**
 * Company, name and address suffixes that often close a sentence:
 * `… & Co. It closed yesterday.` / `… & Co. at noon.`. Source: AP Stylebook
 * ("company names", "addresses", "junior, senior"). Case-insensitive.
 */
export const suffixAbbreviations = [
  'co', 'cos', 'corp', 'inc', 'ltd', 'plc', 'bros', 'assn', 'dept', 'univ', 'intl', 'govt',
  'jr', 'sr', 'esq', 'al', 'etc',
  'st', 'ave', 'blvd', 'rd', 'hwy', 'sq', 'ste', 'bldg', 'apt', 'ln', 'pl',
] as const;

/** Units of measure and time written with a full stop. Source: AP Stylebook. Case-insensitive. */
export const unitAbbreviations = [
  'ft', 'yd', 'yds', 'mi', 'lb', 'lbs', 'oz', 'gal', 'qt', 'pt',
  'min', 'mins', 'hr', 'hrs', 'yr', 'yrs', 'mo', 'mos', 'wk', 'wks', 'est',
] as const;

/**
 * US state abbreviations in the AP style used by US wires
 * (`Phoenix, Ariz.`, `(R-Ariz.)`). Source: AP Stylebook "state names".
 * Case-sensitive.
 */
export const usStateAbbreviations = [
  'Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Del', 'Fla', 'Ga', 'Ill', 'Ind', 'Kan', 'Ky',
  'La', 'Md', 'Mass', 'Mich', 'Minn', 'Miss', 'Mo', 'Mont', 'Neb', 'Nev', 'Okla', 'Ore', 'Pa',
  'Tenn', 'Tex', 'Vt', 'Va', 'Wash', 'Wis', 'Wyo',
] as const;

/** Month and weekday abbreviations (`Oct. 6`, `Tues. night`). Case-sensitive. */
export const calendarAbbreviations = [
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thur', 'Thurs', 'Fri', 'Sat', 'Sun',
] as const;
