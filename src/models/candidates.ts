/** /candidates/: the five candidates of 2025. */
import type { SiteData } from '../data/site-data.ts';
import type { Candidate } from '../schemas/index.ts';
import { computeVoteShareRows } from '../data/figures/series.ts';
import { ModelBuilder, type Cited, type PageModel } from './common.ts';

interface CandidateCard {
  candidate: Candidate;
  /** 1 for the winner, in order of the final share. */
  place: number;
  nums: number[];
  birthNums: number[];
  signatures: Cited;
  share: Cited;
  /** The exact count, from whichever announcement gives one. */
  votes: Cited | undefined;
}

export interface CandidatesModel extends PageModel {
  candidates: CandidateCard[];
  registered: Cited | undefined;
  finalAnnounced: string;
}

export function candidatesModel(data: SiteData): CandidatesModel {
  const { ds, index } = data;
  const b = new ModelBuilder(data);
  const registered = b.optFig('timeline.candidates-registered.count');
  const rows = computeVoteShareRows(ds, index, 'final').filter((r) => !r.isAgainstAll);
  const candidates = rows.map((r, i) => {
    const candidate = ds.candidates.find((c) => c.id === r.id)!;
    return {
      candidate,
      place: i + 1,
      nums: b.sources(candidate.sources),
      birthNums: b.sources(candidate.birth.sources),
      signatures: b.fig(`candidates.${candidate.id}.signatures`),
      share: b.cite(r.share),
      votes: r.exactVotes ? b.cite(r.exactVotes) : undefined,
    };
  });
  return { cites: b.cites, dataAsOf: b.dataAsOf, candidates, registered, finalAnnounced: ds.results2025.final.announced };
}
