import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The seed fixtures: five scraped articles and their gold outcome (see test/fixtures/seeds/README.md). */
export const SEEDS_DIR = join(import.meta.dirname, '..', 'fixtures', 'seeds');

export interface SeedGold {
  file: string;
  title: string;
  subtitle?: string;
  published: string | null;
  dateline: { place: string; agency: string | null; raw: string; date?: string } | null;
  headings: string[];
  paragraphs: number;
  firstParagraphStartsWith: string;
  lastParagraphEndsWith: string;
  removed: ({ kind: string; lines: [number, number] } | { kind: string; line: number; prefix: string })[];
  salvaged?: { related?: { title: string; id?: string; image?: string }[]; captions?: { text: string; credit: string }[] };
}

export const seedGold: SeedGold[] = JSON.parse(readFileSync(join(SEEDS_DIR, 'expected.json'), 'utf8')).documents;

export function readSeed(file: string): string {
  return readFileSync(join(SEEDS_DIR, file), 'utf8');
}

/** Compare text the way a reader would: no-break spaces and runs of white space as one space. */
export function norm(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}
