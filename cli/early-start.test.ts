import { availableParallelism } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { claimPrestartedWorker, dropPrestartedWorker } from '../core/discovery/parallel/worker-start.js';
import { startEarly } from './early-start.js';

describe('early start', () => {
  afterEach(() => {
    dropPrestartedWorker();
    delete process.env.C981_DISCOVER_THREADS;
  });

  it('boots a discovery worker for `discover` only, and not for its help or on one thread', async () => {
    for (const argv of [['evaluate', 'site.yaml'], ['discover', '--help'], ['discover', '-h', 'a.pcap'], []]) {
      startEarly(argv);
      expect(claimPrestartedWorker(), argv.join(' ')).toBeNull();
    }
    process.env.C981_DISCOVER_THREADS = '1';
    startEarly(['discover', 'big.pcap']);
    expect(claimPrestartedWorker()).toBeNull();
    delete process.env.C981_DISCOVER_THREADS;

    startEarly(['discover', '--json', 'big.pcap']);
    const worker = claimPrestartedWorker();
    // On a one-core machine there is no second thread to boot.
    expect(worker !== null).toBe(availableParallelism() > 1);
    await worker?.terminate();
  });
});
