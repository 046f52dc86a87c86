import { describe, expect, it } from 'vitest';
import { detectIconRuns } from '../../src/index.js';
import { readSeed } from '../helpers/seeds.js';

const run = (text: string) => detectIconRuns(text);

describe('detectIconRuns', () => {
  it('finds the glued icon-name run of seed 001, whole line, with offsets', () => {
    const text = readSeed('001_cb0a8d303033b8e8.txt');
    const found = run(text);
    expect(found).toHaveLength(1);
    const line1 = text.split('\n')[0]!;
    expect(found[0]).toEqual({
      kind: 'icon-run',
      rule: 'icon-run',
      start: 0,
      end: line1.length,
      text: line1,
      reason: expect.stringMatching(/^Unexpected run of \d+ icon names, remove it$/),
    });
  });

  it('finds icon runs from other icon sets', () => {
    expect(run('fa-facebook fa-twitter fa-envelope fa-print fa-whatsapp')).toHaveLength(1);
    expect(run('ic_menu ic_search ic_close ic_share ic_bookmark')).toHaveLength(1);
    expect(run('bi-bookmark bi-share bi-chevron-down bi-x bi-search bi-play')).toHaveLength(1);
    // a run glued into one token without spaces
    expect(run('bookmarkiconcameraiconcheckiconcloseiconsearchicon')).toHaveLength(1);
  });

  it('lets short codes ride inside a run: country flags, a name cut at the end', () => {
    const text = 'menuicon searchicon flag de flag plicon closeicon shareicon playicon pauseicon xq';
    const [f] = run(text);
    expect(f?.text).toBe(text);
    // short words alone never make a run
    expect(run('go to the top of it and up in a bit')).toEqual([]);
    expect(run('so we set up a menu and a search box for it')).toEqual([]);
  });

  it('removes only the run when prose follows on the same line', () => {
    const text = 'shareicon twicon fbicon vkicon mailicon printicon Moscow backs the UN initiative on Aleppo.';
    const [f] = run(text);
    expect(f?.text).toBe('shareicon twicon fbicon vkicon mailicon printicon');
  });

  it('finds a run of six icon names or more wherever a function word splits the names', () => {
    const icons = ['bookmarkicon', 'cameraicon', 'checkicon', 'closeicon', 'searchicon', 'shareicon', 'playicon'];
    for (let cut = 0; cut <= icons.length; cut++) {
      const text = `Read more on the ${[...icons.slice(0, cut), 'the', ...icons.slice(cut)].join(' ')} Today!`;
      const parts = [icons.slice(0, cut), icons.slice(cut)].filter((names) => names.length >= 6);
      expect(run(text).map((f) => f.text), text).toEqual(parts.map((names) => names.join(' ')));
    }
    // a whole line needs no six names, but every token of it must be one
    expect(run('shareicon playicon searchicon closeicon')).toHaveLength(1);
    expect(run('shareicon playicon the searchicon closeicon')).toEqual([]);
  });

  it('keeps prose that mentions UI words', () => {
    for (const prose of [
      'Click the share icon to play the video.',
      'Tap the bookmark icon, then search for the story.',
      'Turn left, then right, then back up the hill.',
      'Share this article on Facebook or Twitter',
      'The play was closed after a short run',
    ]) expect(run(prose), prose).toEqual([]);
  });
});
