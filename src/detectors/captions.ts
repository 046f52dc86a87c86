import type { Caption, Detector, Finding, Line } from '../types.js';
import { assertString } from '../ingest/assert.js';
import { contentStart, splitLines } from '../ingest/lines.js';
import { CREDIT_LABELS, NEWS_AGENCIES } from '../rules/news-agencies.js';
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
  for (const line of lines) {
    const trimmed = line.text.trim();
    if (trimmed === '' || trimmed.length > MAX_CAPTION) continue;
    if (repeatsCaption(trimmed, line.index, found)) {
      const start = contentStart(line);
      findings.push({ kind: 'caption', rule: 'caption-repeat', start, end: start + trimmed.length, text: trimmed, reason: 'Unexpected repeat of a photo caption (alt text), remove it' });
      continue;
    }
    const caption = captionOf(trimmed);
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

/** The caption and credit of a line ending in a credit, or null. */
export function captionOf(line: string): Caption | null {
  const agencyAt = agencyCreditStart(line);
  if (agencyAt >= 0) return split(line, agencyAt);
  const labelledAt = labelledCreditStart(line);
  return labelledAt >= 0 ? split(line, labelledAt) : null;
}

/** A labelled credit is short and names someone; it does not run on as a sentence. */
const MAX_LABELLED_CREDIT = 80;

/**
 * Where a labelled credit that ends the line begins ("Photo: Getty Images",
 * "(Image credit: Reuters)", "© AFP"), or -1. Found by searching backwards for
 * each known label, not by a regex, so long lines cost linear time.
 */
function labelledCreditStart(line: string): number {
  const bracketed = line.endsWith(')') || line.endsWith(']');
  const body = bracketed ? line.slice(0, -1) : line;
  // Every key holds a colon or is the copyright sign: most lines hold neither.
  if (body.indexOf(':') < 0 && body.indexOf('©') < 0) return -1;
  const lower = body.toLowerCase();
  // A credit longer than the limit is refused anyway, so only the line's tail is searched.
  const from = lower.length === body.length ? Math.max(0, body.length - MAX_LABELLED_CREDIT) : 0;
  const tail = from > 0 ? lower.slice(from) : lower;
  let best = -1;
  for (const key of CREDIT_KEYS) {
    const found = tail.lastIndexOf(key);
    const at = found < 0 ? -1 : found + from;
    if (at < 0 || at <= best) continue;
    if (at > 0 && !' (['.includes(body[at - 1]!)) continue;
    best = at;
  }
  if (best < 0) return -1;
  const credit = body.slice(best);
  if (credit.length > MAX_LABELLED_CREDIT || credit.length < 4 || /[.!?]$/.test(credit) || credit.includes(':', credit.indexOf(':') + 1)) return -1;
  return best > 0 && '(['.includes(body[best - 1]!) ? best - 1 : best;
}

/**
 * Where an "AGENCY/Name" credit that ends the line begins, or -1. The agency
 * is one to three words before the slash ("EPA", "AP Photo"); the name after
 * it is one to four capitalised words and ends the line without a full stop,
 * so "… according to AP/Reuters." stays prose.
 */
function agencyCreditStart(line: string): number {
  if (line.indexOf('/') < 0) return -1;
  const words = line.split(' ');
  let k = words.length - 1;
  while (k >= 0 && !words[k]!.includes('/')) k--;
  if (k < 0 || words.length - k > 4) return -1;
  const [before, after] = [words[k]!.slice(0, words[k]!.indexOf('/')), words[k]!.slice(words[k]!.indexOf('/') + 1)];
  const name = [after, ...words.slice(k + 1)];
  if (!name.every((w) => /^\p{Lu}/u.test(w)) || /[.!?,;:]$/.test(line)) return -1;
  for (let j = 0; j <= 2 && k - j >= 0; j++) {
    const agency = [...words.slice(k - j, k), before].join(' ').toLowerCase();
    if (AGENCIES.has(agency)) return words.slice(0, k - j).join(' ').length + (k - j > 0 ? 1 : 0);
  }
  return -1;
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
