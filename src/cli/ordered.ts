/**
 * A bounded first-in, first-out window over results that finish out of
 * order: results are handed on strictly in the order they were pushed, and
 * pushing waits while `capacity` of them are pending. This is what keeps
 * parallel output in input order with bounded memory.
 */
export interface OrderedWindow<T> {
  /** Add a pending result; resolves once the window has room again (and has handed on whatever is ready). */
  push(result: Promise<T>): Promise<void>;
  /** Hand on everything still pending, in order. */
  drain(): Promise<void>;
  /** True once the consumer asked to stop; later results are dropped. */
  readonly stopped: boolean;
}

interface Pending<T> {
  result: Promise<T>;
  settled: boolean;
}

/**
 * Make a window that hands each result to `consume`, in push order; when
 * `consume` returns false, the window stops.
 *
 * @example const window = orderedWindow(6, async (batch) => { await write(batch); return true; });
 */
export function orderedWindow<T>(capacity: number, consume: (value: T) => Promise<boolean>): OrderedWindow<T> {
  const queue: Pending<T>[] = [];
  let stopped = false;
  const handOnHead = async () => {
    const value = await queue.shift()!.result;
    if (!(await consume(value))) stopped = true;
  };
  return {
    get stopped() {
      return stopped;
    },
    async push(result) {
      const pending: Pending<T> = { result, settled: false };
      result.then(() => (pending.settled = true), () => {});
      queue.push(pending);
      while (!stopped && queue.length > 0 && (queue.length >= capacity || queue[0]!.settled)) await handOnHead();
    },
    async drain() {
      while (!stopped && queue.length > 0) await handOnHead();
    },
  };
}
