// The sweep, shard 2 of SWEEP_SHARDS: every cell i of the declared matrix with
// i mod SWEEP_SHARDS = 1. What the sweep checks: tests/e2e/harness/sweep-suite.ts.
import { sweepShard } from '../harness/sweep-suite.ts';

sweepShard(1);
