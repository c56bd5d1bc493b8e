// A small concurrency limit for tests that sweep many pages: page loads wait
// on the network (Chromium's network idle) as much as on the CPU, so a few
// sweeps in flight at once finish sooner even on two cores.

/** `const limit = limiter(3); await limit(() => sweep(…))`: at most `max` tasks run at once, in the order given. */
export function limiter(max: number): <T>(task: () => Promise<T>) => Promise<T> {
  let active = 0;
  const queue: (() => void)[] = [];
  const next = () => {
    if (active >= max) return;
    const run = queue.shift();
    if (!run) return;
    active++;
    run();
  };
  return <T>(task: () => Promise<T>) =>
    new Promise<T>((resolve, reject) => {
      queue.push(() => {
        task()
          .then(resolve, reject)
          .finally(() => {
            active--;
            next();
          });
      });
      next();
    });
}

/** Sweeps in flight at once in the whole-site tests (with axe, which keeps a core busy for up to a second a page). */
export const SWEEP_CONCURRENCY = 3;

/**
 * Sweeps in flight at once when axe does not run (the poisoned build's
 * pages): a load is mostly waiting, for the network to stay idle 500 ms.
 */
export const LOAD_CONCURRENCY = 5;
