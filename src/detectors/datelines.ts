import type { Dateline, Detector, DetectorContext, Finding } from '../types.js';
import { NEWS_AGENCIES } from '../rules/news-agencies.js';
import { MONTHS } from '../rules/dates.js';
import { firstUncovered } from './headline.js';
import { assertString } from '../ingest/assert.js';
import { KICKER_WORDS } from '../rules/kickers.js';

const AGENCIES = new Set<string>(NEWS_AGENCIES.map((a) => a.toLowerCase()));
const KICKERS = new Set<string>(KICKER_WORDS);
/** A dateline is the opening words of the story; look no further. */
const MAX_DATELINE = 100;
/** PLACE in capitals: up to four words ("ROME", "NEW YORK", "ST. PETERSBURG", "RIO DE JANEIRO"). */
const PLACE = /^(\p{Lu}{2,}(?:[.'’-]\p{Lu}+){0,3}\.?(?: (?:\p{Lu}+(?:[.'’-]\p{Lu}+){0,3}\.?|de|da|del|do|la|el|al|of)){0,3})/u;
/** An optional region after the place: ", Lebanon", ", Calif.". */
const REGION = /^, (\p{Lu}\p{Ll}+\.?(?: \p{Lu}\p{Ll}+\.?)?)(?=[ ,(/–—-])/u;
/** An optional date after the place: ", October 6", ", Oct. 6, 2016". */
const DATE = /^,? (\p{L}{3,9}\.? \d{1,2}(?:, \d{4})?)\.?/u;
/** An agency in brackets or slashes: "(Reuters)", "/TASS/", "(AP)". */
const AGENCY = /^ ?(?:\(([\p{L} -]{2,30})\)|\/([\p{L} -]{2,30})\/)\.?/u;
/** What separates the dateline from the story: a dash, colon or full stop, then a space. */
const SEPARATOR = /^ ?(?:--|[-–—.]) ?/;

/**
 * Find the dateline that opens the first paragraph of the story ("ROME- ",
 * "MOSCOW, October 6. /TASS/. ", "BEIRUT, Lebanon (AP) — ") and salvage its
 * place, date and agency. The place must be in capitals and be followed by a
 * separator or an agency, so a sentence starting "NATO said" survives.
 *
 * @example detectDateline(ctx)[0].salvage.dateline // { raw: 'ROME-', place: 'ROME', date: null, agency: null }
 */
export function detectDateline({ text, lines, findings }: DetectorContext): Finding[] {
  const first = firstUncovered(lines, findings);
  if (!first) return [];
  const dateline = readDateline(first.trimmed.slice(0, MAX_DATELINE + 20));
  if (!dateline) return [];
  const end = first.start + dateline.length;
  return [{
    kind: 'dateline',
    rule: 'dateline',
    start: first.start,
    end,
    text: text.slice(first.start, end),
    reason: 'Unexpected dateline at the start of the story, remove it and keep place, date and agency',
    salvage: { dateline: dateline.dateline },
  }];
}

/**
 * Read a dateline at the start of `s`: its parts and its length including
 * the trailing separator and space, or null.
 *
 * @example readDateline('MOSCOW, October 6. /TASS/. Moscow backs …')?.dateline.agency // 'TASS'
 */
export function readDateline(s: string): { dateline: Dateline; length: number } | null {
  assertString(s, 'readDateline');
  const place = PLACE.exec(s);
  if (!place || KICKERS.has(place[1]!.toLowerCase())) return null;
  let at = place[0].length;
  let placeName = place[1]!;
  const region = REGION.exec(s.slice(at));
  if (region && !isMonth(region[1]!)) {
    placeName += `, ${region[1]}`;
    at += region[0].length;
  }
  let date: string | null = null;
  const dateMatch = DATE.exec(s.slice(at));
  if (dateMatch && isMonth(dateMatch[1]!)) {
    date = dateMatch[1]!;
    at += dateMatch[0].length;
  }
  let agency: string | null = null;
  const agencyMatch = AGENCY.exec(s.slice(at));
  if (agencyMatch) {
    agency = (agencyMatch[1] ?? agencyMatch[2])!.trim();
    if (!AGENCIES.has(agency.toLowerCase())) return null;
    at += agencyMatch[0].length;
  }
  const sep = SEPARATOR.exec(s.slice(at));
  if (sep) at += sep[0].length;
  else if (!agency && !date) return null;
  // The story must go on after the dateline, starting like a sentence.
  while (s[at] === ' ') at++;
  if (at >= s.length || !/[\p{Lu}"“‘'\d]/u.test(s[at]!)) return null;
  if (at > MAX_DATELINE) return null;
  const raw = s.slice(0, at).trim();
  return { dateline: { raw, place: placeName, date, agency }, length: at };
}

/** Whether the first word of `s` names a month ("Oct.", "October"). */
function isMonth(s: string): boolean {
  return MONTHS[s.split(' ')[0]!.replace('.', '').toLowerCase()] !== undefined;
}

/** The dateline detector for the default pipeline; it runs after the headline detector. */
export const datelineDetector: Detector = {
  id: 'dateline',
  rules: ['dateline'],
  detect: detectDateline,
};
