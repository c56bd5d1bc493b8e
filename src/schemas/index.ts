/** The dataset's files and the schema each must satisfy. */
import { z } from 'zod';
import { SourcesFileSchema } from './source.ts';
import { RegionsFileSchema } from './region.ts';
import { CandidatesFileSchema } from './candidate.ts';
import { ElectionsFileSchema } from './election.ts';
import { Results2025Schema } from './results-2025.ts';
import { Turnout2025Schema } from './turnout-2025.ts';
import { Regions2020Schema } from './regions-2020.ts';
import { TimelineFileSchema } from './timeline.ts';
import { ChangelogFileSchema } from './changelog.ts';
import { TextAllowlistFileSchema } from './text-allowlist.ts';
import { PeopleFileSchema } from './person.ts';
import { EvidenceFileSchema } from './evidence.ts';
import { CorrectionsFileSchema } from './corrections.ts';

export const DATA_FILES = {
  sources: { file: 'sources.json', schema: SourcesFileSchema },
  regions: { file: 'regions.json', schema: RegionsFileSchema },
  candidates: { file: 'candidates.json', schema: CandidatesFileSchema },
  elections: { file: 'elections.json', schema: ElectionsFileSchema },
  results2025: { file: 'results-2025.json', schema: Results2025Schema },
  turnout2025: { file: 'turnout-2025.json', schema: Turnout2025Schema },
  regions2020: { file: 'regions-2020.json', schema: Regions2020Schema },
  timeline: { file: 'timeline.json', schema: TimelineFileSchema },
  changelog: { file: 'changelog.json', schema: ChangelogFileSchema },
  corrections: { file: 'corrections.json', schema: CorrectionsFileSchema },
  textAllowlist: { file: 'text-allowlist.json', schema: TextAllowlistFileSchema },
  people: { file: 'people.json', schema: PeopleFileSchema },
  evidence: { file: 'evidence.json', schema: EvidenceFileSchema },
} as const;

export type DataFileName = keyof typeof DATA_FILES;
export type Dataset = { [K in DataFileName]: z.output<(typeof DATA_FILES)[K]['schema']> };

export * from './common.ts';
export * from './source.ts';
export * from './region.ts';
export * from './candidate.ts';
export * from './election.ts';
export * from './results-2025.ts';
export * from './turnout-2025.ts';
export * from './regions-2020.ts';
export * from './timeline.ts';
export * from './changelog.ts';
export * from './text-allowlist.ts';
export * from './person.ts';
export * from './evidence.ts';
export * from './corrections.ts';
