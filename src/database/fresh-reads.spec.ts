import { FreshReads } from './fresh-reads.js';

/** A read whose answer is the number of reads started so far, finishing when told to. */
function controlledReads() {
  let started = 0;
  const pending: (() => void)[] = [];
  const read = () => {
    const answer = ++started;
    return new Promise<number>((resolve) => pending.push(() => resolve(answer)));
  };
  const finishNext = async () => {
    pending.shift()?.();
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { read, finishNext, started: () => started };
}

describe('FreshReads', () => {
  it('should never hand a caller a read that started before it asked', async () => {
    const reads = new FreshReads<number>();
    const { read, finishNext, started } = controlledReads();
    const first = reads.read('k', read);
    const second = reads.read('k', read); // arrives while read 1 is in flight
    expect(started()).toBe(1);
    await finishNext();
    expect(await first).toBe(1);
    expect(started()).toBe(2); // read 2 starts only once read 1 has ended
    await finishNext();
    expect(await second).toBe(2);
  });

  it('should share one following read among every caller that arrived during a read', async () => {
    const reads = new FreshReads<number>();
    const { read, finishNext, started } = controlledReads();
    const first = reads.read('k', read);
    const waiting = [reads.read('k', read), reads.read('k', read), reads.read('k', read)];
    await finishNext();
    await finishNext();
    expect(await first).toBe(1);
    expect(await Promise.all(waiting)).toEqual([2, 2, 2]);
    expect(started()).toBe(2);
  });

  it('should read anew for a caller arriving after the reads have ended, and keep keys apart', async () => {
    const reads = new FreshReads<number>();
    const { read, finishNext, started } = controlledReads();
    const a = reads.read('a', read);
    const b = reads.read('b', read);
    expect(started()).toBe(2);
    await finishNext();
    await finishNext();
    expect([await a, await b]).toEqual([1, 2]);
    const later = reads.read('a', read);
    await finishNext();
    expect(await later).toBe(3);
  });

  it('should pass a failed read to its callers and still start the following read', async () => {
    const reads = new FreshReads<string>();
    let calls = 0;
    const failing = reads.read('k', async () => {
      calls++;
      await new Promise((resolve) => setImmediate(resolve));
      throw new Error('connection lost');
    });
    const following = reads.read('k', async () => {
      calls++;
      return 'ok';
    });
    await expect(failing).rejects.toThrow('connection lost');
    expect(await following).toBe('ok');
    expect(calls).toBe(2);
  });
});
