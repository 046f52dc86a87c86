import { describe, expect, it } from 'vitest';
import { detectSerializedBlobs } from '../../src/index.js';
import { readSeed } from '../helpers/seeds.js';

describe('detectSerializedBlobs', () => {
  it('finds the var_dump of seed 004, checks its byte length, salvages six related articles', () => {
    const text = readSeed('004_350fd7090a145e14.txt');
    const [f, ...rest] = detectSerializedBlobs(text);
    expect(rest).toEqual([]);
    expect(f!.rule).toBe('php-var-dump');
    expect(f!.reason).toBe('Unexpected PHP var_dump string of 1103 bytes, remove it');
    expect(f!.text.startsWith('string(1103) "[{')).toBe(true);
    expect(f!.text.endsWith(']"')).toBe(true);
    expect(text.slice(f!.start, f!.end)).toBe(f!.text);
    expect(f!.salvage?.related).toHaveLength(6);
    expect(f!.salvage?.related?.[3]).toEqual({
      id: '1867074',
      title: 'URGENT: US ‘On Verge’ of Ending Syria Talks with Russia',
      image: '/2016/09/29/alalam_636107805577668926_25f_4x3.jpg',
    });
  });

  it('still removes a var_dump whose declared length is wrong, to the end of the line', () => {
    const text = 'Body.\nstring(9999) "[{"title":"Cut short"}]"\nMore body.';
    const [f] = detectSerializedBlobs(text);
    expect(f?.text).toBe('string(9999) "[{"title":"Cut short"}]"');
    expect(f?.reason).toMatch(/does not match/);
  });

  it('reads PHP serialize() output with UTF-8 byte lengths', () => {
    const text = 'a:2:{i:0;a:2:{s:5:"title";s:15:"Syria talks end";s:3:"url";s:9:"/news/123";}i:1;a:1:{s:5:"title";s:15:"Moscow’s move";}}';
    const [f] = detectSerializedBlobs(`Intro.\n${text}\nOutro.`);
    expect(f?.rule).toBe('php-serialized');
    expect(f?.text).toBe(text);
    expect(f?.salvage?.related).toEqual([{ title: 'Syria talks end', url: '/news/123' }, { title: 'Moscow’s move' }]);
  });

  it('finds leaked JSON spanning lines', () => {
    const json = '{\n  "articles": [\n    {"headline": "Kerry calls Lavrov", "link": "https://example.org/a"}\n  ]\n}';
    const [f] = detectSerializedBlobs(`Story text.\n${json}\nMore story.`);
    expect(f?.rule).toBe('json-leak');
    expect(f?.text).toBe(json);
    expect(f?.salvage?.related).toEqual([{ title: 'Kerry calls Lavrov', url: 'https://example.org/a' }]);
  });

  it('keeps brackets that belong to prose', () => {
    for (const prose of [
      'He proposed to give the opportunity to “Dzhabhat EN-Nusra” [organization recognized in Russia is prohibited] to leave.',
      '[Fatah Al-Sham] fighters remained in the east of the city.',
      '{citation needed} is what editors write.',
      'The string(5) function is not what we mean here.',
    ]) expect(detectSerializedBlobs(prose), prose).toEqual([]);
  });

  it('is linear on an unterminated var_dump with a huge declared length', () => {
    const text = `string(999999999) "${'x'.repeat(200_000)}`;
    const [f] = detectSerializedBlobs(text);
    expect(f?.end).toBe(text.length);
  });
});
