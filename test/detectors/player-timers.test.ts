import { describe, expect, it } from 'vitest';
import { detectPlayerTimers } from '../../src/index.js';
import { readSeed } from '../helpers/seeds.js';

const run = (text: string) => detectPlayerTimers(text);

describe('detectPlayerTimers', () => {
  it('finds the podcast player of seed 001, truncated timer included', () => {
    const text = readSeed('001_cb0a8d303033b8e8.txt');
    const found = run(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.text).toBe('Podcasts\n0:00\n23:13\n0:00\n25:0');
    expect(found[0]!.end).toBe(text.trimEnd().length);
  });

  it('finds video player read-outs on one line', () => {
    expect(run('Play Mute Current Time 0:00 / Duration 3:47 Loaded: 0%')).toHaveLength(1);
    expect(run('Listen\n1:02:13 / 1:45:00')).toHaveLength(1);
  });

  it('keeps times that belong to the story', () => {
    for (const prose of [
      'The meeting starts at 10:30 and ends at 12:00.',
      '10:30',
      'Listen to the full interview below.',
      'Kickoff\n19:45',
    ]) expect(run(prose), prose).toEqual([]);
  });
});
