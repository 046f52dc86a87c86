import { describe, expect, it } from 'vitest';
import { orderedWindow } from '../../src/cli/ordered.js';

const after = <T>(ms: number, value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

describe('orderedWindow', () => {
  it('hands results on in push order, however they finish', async () => {
    const seen: number[] = [];
    const window = orderedWindow<number>(3, async (n) => (seen.push(n), true));
    for (const [i, ms] of [[0, 30], [1, 5], [2, 20], [3, 0], [4, 10]] as const) await window.push(after(ms, i));
    await window.drain();
    expect(seen).toEqual([0, 1, 2, 3, 4]);
  });

  it('keeps at most `capacity` results pending: push waits for room', async () => {
    let release!: () => void;
    const slow = new Promise<number>((resolve) => (release = () => resolve(0)));
    const window = orderedWindow<number>(2, async () => true);
    await window.push(slow);
    let returned = false;
    const second = window.push(Promise.resolve(1)).then(() => (returned = true));
    await after(10, null);
    expect(returned).toBe(false);
    release();
    await second;
    expect(returned).toBe(true);
  });

  it('stops when the consumer says so, dropping later results', async () => {
    const seen: number[] = [];
    const window = orderedWindow<number>(1, async (n) => (seen.push(n), n < 1));
    for (const n of [0, 1, 2, 3]) {
      await window.push(Promise.resolve(n));
      if (window.stopped) break;
    }
    await window.drain();
    expect(seen).toEqual([0, 1]);
    expect(window.stopped).toBe(true);
  });
});
