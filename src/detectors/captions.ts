import type { Caption, Detector, Finding, Line } from '../types.js';
import { assertString } from '../ingest/assert.js';
import { contentStart, splitLines } from '../ingest/lines.js';
import { CREDIT_LABELS, NEWS_AGENCIES } from '../rules/news-agencies.js';
import { pageLines } from '../ingest/page-lines.js';
import { squash, trimTrailing } from '../ingest/whitespace.js';

const AGENCIES = new Set<string>(NEWS_AGENCIES.map((a) => a.toLowerCase()));
/** What a labelled credit starts with: "photo:", "image credit:", "©". */
const CREDIT_KEYS: readonly string[] = [...CREDIT_LABELS.map((l) => `${l}:`), '©'];
/** Captions are a line or two; a paragraph that ends in a credit is still a paragraph. */
const MAX_CAPTION = 400;
/**
 * Find photo captions: lines that end in an agency or photographer credit
 * ("UN special envoy … EPA/MARTIAL TREZZINI", "… (Photo: Getty Images)"),
 * and the caption's repeat nearby (image alt text scraped beside it).
 * The caption text and credit are salvaged.
 *
 * @example detectCaptions('Smoke over Aleppo REUTERS/Abdalrhman Ismail')[0].salvage.captions[0].credit // 'REUTERS/Abdalrhman Ismail'
 */
export function detectCaptions(text: string, lines: readonly Line[] = splitLines(text)): Finding[] {
  assertString(text, 'detectCaptions');
  const findings: Finding[] = [];
  /** Captions found so far, in line order, with their squashed text for spotting repeats. */
  const found: { squashed: string; line: number }[] = [];
  const lowerLines = pageLines(text, lines).lower;
  for (const line of lines) {
    const trimmed = line.text.trim();
    if (trimmed === '' || trimmed.length > MAX_CAPTION) continue;
    if (repeatsCaption(trimmed, line.index, found)) {
      const start = contentStart(line);
      findings.push({ kind: 'caption', rule: 'caption-repeat', start, end: start + trimmed.length, text: trimmed, reason: 'Unexpected repeat of a photo caption (alt text), remove it' });
      continue;
    }
    const caption = captionOf(trimmed, trimmed === line.text ? lowerLines[line.index] : undefined);
    if (!caption) continue;
    found.push({ squashed: squash(caption.text), line: line.index });
    const start = contentStart(line);
    const end = start + trimmed.length;
    findings.push({
      kind: 'caption',
      rule: 'caption-credit',
      start,
      end,
      text: trimmed,
      reason: 'Unexpected photo caption with credit, remove it and keep the caption',
      salvage: { captions: [caption] },
    });
  }
  return findings;
}

/** Whether the line repeats a caption found at most three lines above it. */
function repeatsCaption(trimmed: string, index: number, found: readonly { squashed: string; line: number }[]): boolean {
  let squashed: string | null = null;
  for (let k = found.length - 1; k >= 0 && index - found[k]!.line <= 3; k--) {
    squashed ??= squash(trimmed);
    if (squashed === found[k]!.squashed) return true;
  }
  return false;
}

/** The caption and credit of a line ending in a credit, or null; `lower` is the line's lower case, when the caller has it. */
export function captionOf(line: string, lower?: string): Caption | null {
  const agencyAt = agencyCreditStart(line);
  if (agencyAt >= 0) return split(line, agencyAt);
  const labelledAt = labelledCreditStart(line, lower);
  return labelledAt >= 0 ? split(line, labelledAt) : null;
}

/** What a credit may not end with: a sentence's end (a labelled credit), and a comma too (an agency credit's name). */
const SENTENCE_ENDS = '.!?';
const NAME_STOPS = '.!?,;:';

/** A labelled credit is short and names someone; it does not run on as a sentence. */
const MAX_LABELLED_CREDIT = 80;

/**
 * Where a labelled credit that ends the line begins ("Photo: Getty Images",
 * "(Image credit: Reuters)", "© AFP"), or -1. Found by searching for the
 * known labels, not by a regex, so long lines cost linear time.
 */
export function labelledCreditStart(line: string, lower: string | undefined): number {
  const bracketed = line.endsWith(')') || line.endsWith(']');
  const body = bracketed ? line.slice(0, -1) : line;
  // Every key holds a colon or is the copyright sign: most lines hold neither.
  if (body.indexOf(':') < 0 && body.indexOf('©') < 0) return -1;
  // The credit ends the body, and one ending a sentence is refused: most lines with a colon are sentences, and are not lower-cased.
  if (endsWithAny(body, SENTENCE_ENDS)) return -1;
  // ')' and ']' are neither cased nor case-ignorable, so they change no other character's lower case (the final sigma's).
  const lineLower = lower ?? line.toLowerCase();
  const bodyLower = bracketed ? lineLower.slice(0, -1) : lineLower;
  const best = bodyLower.length === body.length ? tailKeyStart(body, bodyLower) : lastKeyStart(body, bodyLower);
  if (best < 0) return -1;
  const credit = body.slice(best);
  if (credit.length > MAX_LABELLED_CREDIT || credit.length < 4 || credit.includes(':', credit.indexOf(':') + 1)) return -1;
  return best > 0 && '(['.includes(body[best - 1]!) ? best - 1 : best;
}

/**
 * Where the key that starts a credit begins, or -1, in a body whose lower case
 * has its length. A credit longer than the limit is refused anyway, so only the
 * body's tail is searched. A credit holds one colon, its key's, so of the keys
 * with a colon only those ending at the body's last colon can start one that
 * passes: a key ending at an earlier colon, or the copyright sign before it,
 * starts a credit with two colons, refused as the key found last would be.
 * A few label tests there cost far less than a backward search per key.
 */
function tailKeyStart(body: string, lower: string): number {
  const from = Math.max(0, body.length - MAX_LABELLED_CREDIT);
  let best = -1;
  const colon = lower.lastIndexOf(':');
  if (colon >= from) {
    for (const label of CREDIT_LABELS) {
      const at = colon - label.length;
      if (at >= from && at > best && lower.startsWith(label, at) && opensCredit(body, at)) best = at;
    }
  }
  const sign = lower.lastIndexOf('©');
  return sign >= from && sign > best && opensCredit(body, sign) ? sign : best;
}

/**
 * Where the key found last begins, or -1, searching the whole lower case of a
 * body that lower-casing lengthened ('İ' becomes two characters).
 */
function lastKeyStart(body: string, lower: string): number {
  let best = -1;
  for (const key of CREDIT_KEYS) {
    const at = lower.lastIndexOf(key);
    if (at > best && opensCredit(body, at)) best = at;
  }
  return best;
}

/** A key starts a credit at the start of the line or after a space or an opening bracket. */
function opensCredit(body: string, at: number): boolean {
  return at === 0 || ' (['.includes(body[at - 1]!);
}

/**
 * Where an "AGENCY/Name" credit that ends the line begins, or -1. The agency
 * is one to three words before the slash ("EPA", "AP Photo"); the name after
 * it is one to four capitalised words and ends the line without a full stop,
 * so "… according to AP/Reuters." stays prose.
 */
function agencyCreditStart(line: string): number {
  // The name ends the line, and one ending in a stop or a comma is refused: most lines with a slash are sentences, and are not split.
  if (line.indexOf('/') < 0 || endsWithAny(line, NAME_STOPS)) return -1;
  const words = line.split(' ');
  let k = words.length - 1;
  while (k >= 0 && !words[k]!.includes('/')) k--;
  if (k < 0 || words.length - k > 4) return -1;
  const [before, after] = [words[k]!.slice(0, words[k]!.indexOf('/')), words[k]!.slice(words[k]!.indexOf('/') + 1)];
  const name = [after, ...words.slice(k + 1)];
  if (!name.every((w) => /^\p{Lu}/u.test(w))) return -1;
  for (let j = 0; j <= 2 && k - j >= 0; j++) {
    const agency = [...words.slice(k - j, k), before].join(' ').toLowerCase();
    if (AGENCIES.has(agency)) return words.slice(0, k - j).join(' ').length + (k - j > 0 ? 1 : 0);
  }
  return -1;
}

/** Whether `s` ends with one of `marks`: `/[marks]$/`, with no regex run over a long line. */
function endsWithAny(s: string, marks: string): boolean {
  return s.length > 0 && marks.includes(s[s.length - 1]!);
}

/** Caption text before `at`, credit from `at`; a caption needs words of its own. */
function split(line: string, at: number): Caption | null {
  const text = trimTrailing(line.slice(0, at).trim(), ' (,;–—-').trim();
  let credit = line.slice(at).trim();
  if (credit.startsWith('(') && credit.endsWith(')')) credit = credit.slice(1, -1);
  if (text.split(/\s+/).length < 2) return null;
  return { text, credit };
}

/** The caption detector for the default pipeline. */
export const captionDetector: Detector = {
  id: 'caption',
  rules: ['caption-credit', 'caption-repeat'],
  detect: ({ text, lines }) => detectCaptions(text, lines),
};
