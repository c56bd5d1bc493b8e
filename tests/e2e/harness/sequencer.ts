// The order Vitest starts test files in: the sweep shards first. They are the
// longest files of the browser project by far (each about half the sweep),
// and their files are three lines each; without durations cached from an
// earlier run (a clean clone), Vitest starts the largest files first, so the
// shards started last, both at once, after every behaviour file: measured,
// 430 s for the browser project instead of ~250 s at a similar load. With the
// shards first, the behaviour files fill the other worker beside them.
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const FIRST = /\/browser\/sweep-\d+\.test\.ts$/;

export class SweepFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    return [...sorted.filter((f) => FIRST.test(f.moduleId)), ...sorted.filter((f) => !FIRST.test(f.moduleId))];
  }
}
