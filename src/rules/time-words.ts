/**
 * Words around clock times, for deciding whether `a.m.` / `p.m.` ends a
 * sentence. A time closes its clause, so a capitalised word after it usually
 * opens the next sentence (`He left at 6 P.M. Mr. Smith then went …`) unless
 * the word still belongs to the time (`2 p.m. Tuesday`, `9 a.m. EST`) or the
 * time only introduces the sentence (`At 5 a.m. Mr. Smith went …`).
 */

/** The clock-time abbreviations, lower-cased, without the final full stop. */
export const clockTimeAbbreviations = ['a.m', 'p.m'] as const;

/**
 * Capitalised words that continue a time: days, months, zones.
 * Source: AP Stylebook "time zones", "days of the week", "months"; zone codes
 * as printed in US and UK wire copy (`2 p.m. EDT`, `10 a.m. GMT`).
 */
export const timeContinuations = [
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thur', 'Thurs', 'Fri', 'Sat', 'Sun',
  'ET', 'EST', 'EDT', 'CT', 'CST', 'CDT', 'MT', 'MST', 'MDT', 'PT', 'PST', 'PDT', 'AKST', 'HST',
  'GMT', 'UTC', 'BST', 'CET', 'CEST', 'EET', 'EEST', 'MSK', 'IST', 'JST', 'KST', 'AEST', 'AEDT',
  'Eastern', 'Central', 'Mountain', 'Pacific', 'Greenwich', 'Moscow', 'local', 'Local',
] as const;

/**
 * Lower-cased words that may precede a clock time in a phrase that only
 * introduces a sentence (`At 5 a.m.`, `On Tuesday at 2 p.m.`, `Shortly after
 * 9 a.m.`). A sentence made only of these words and numbers cannot end at
 * the time: it has no verb yet.
 */
export const introductoryTimeWords = [
  'at', 'by', 'around', 'about', 'before', 'after', 'until', 'till', 'since', 'from', 'on', 'in',
  'to', 'and', 'or', 'between', 'shortly', 'just', 'only', 'early', 'late', 'roughly', 'nearly',
  'approximately', 'almost', 'some', 'sometime', 'starting', 'beginning', 'of', 'the', 'this',
  'that', 'last', 'next', 'each', 'every',
  'morning', 'afternoon', 'evening', 'night', 'noon', 'midnight', 'today', 'tonight',
  'tomorrow', 'yesterday',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december',
] as const;
