/**
 * Independent evidence beside the official figures, 2020 and 2025: vote-count
 * platforms, surveys, exit polls, observers and international assessments,
 * each labelled with who produced it. Nothing here is a result. An item that
 * was looked for and not found is data too (`found: false`).
 */
import { z } from 'zod';
import { translated } from './translations.ts';
import { ConfidenceSchema, CountFigureSchema, IdSchema, IsoDateSchema, PercentFigureSchema, SourceKeySchema } from './common.ts';

/** Who produced a piece of evidence: the fixed list every item is labelled from. */
export const PRODUCER_LABELS = {
  'independent-civil-society': 'Independent civil society',
  'opposition-aligned': 'Opposition-aligned',
  'independent-research': 'Independent research',
  state: 'State',
  'state-invited-international': 'State-invited international',
  'international-body': 'International body',
} as const;
export type ProducerLabel = keyof typeof PRODUCER_LABELS;
export const PRODUCER_IDS = Object.keys(PRODUCER_LABELS) as ProducerLabel[];

const ProducerSchema = z
  .enum(PRODUCER_IDS as [ProducerLabel, ...ProducerLabel[]])
  .describe('Who produced it: independent civil society, opposition-aligned, independent research, state, state-invited international, international body');

/** The kinds of evidence, in the order /evidence/ sets 2020 and 2025 side by side. */
export const EVIDENCE_TOPICS = {
  count: 'Counting the vote',
  'exit-poll': 'Exit polls',
  survey: 'Opinion surveys',
  observation: 'Domestic observers',
  international: 'International observers and assessments',
  repression: 'Detentions and political prisoners',
} as const;
export type EvidenceTopic = keyof typeof EVIDENCE_TOPICS;
const EvidenceTopicSchema = z.enum(Object.keys(EVIDENCE_TOPICS) as [EvidenceTopic, ...EvidenceTopic[]]);

const FigureSchema = z.union([CountFigureSchema, PercentFigureSchema]);
const FigureRecord = z.record(IdSchema, FigureSchema);

const EvidenceItemSchema = z
  .strictObject({
    id: IdSchema,
    year: z.literal([2020, 2025], { error: 'the year of an election the evidence covers: 2020 or 2025' }).describe('The election the evidence is about'),
    topic: EvidenceTopicSchema,
    found: z.boolean().describe('false: looked for and not found in the sources consulted (shown as such, never as a zero)'),
    title: z.string().min(1).describe('Our words: what the item is'),
    ...translated('title'),
    producer: ProducerSchema.optional().describe('Required for evidence that was found'),
    producerName: z.string().min(1).optional().describe('Who exactly, in words (e.g. "Chatham House Belarus Initiative")'),
    ...translated('producerName'),
    measured: z.string().min(1).optional().describe('What it measured. Free text: figures as {{figure.key}}'),
    ...translated('measured'),
    method: z.string().min(1).optional().describe('Method as the source states it (required when the item has estimates)'),
    ...translated('method'),
    sample: z.string().min(1).optional().describe('Sample or coverage as the source states it (required when the item has estimates)'),
    ...translated('sample'),
    limitations: z.string().min(1).optional().describe('Limits as the source states them (required when the item has estimates)'),
    ...translated('limitations'),
    summary: z.string().min(1).describe('What it found (or what was not found), in one or two sentences of our words'),
    ...translated('summary'),
    estimates: FigureRecord.optional().describe('Its findings: every one has the status "estimate" (never "published")'),
    facts: FigureRecord.optional().describe('Figures about the work itself as its producer published them: sample size, stations covered, observers'),
    confidence: ConfidenceSchema.optional().describe('As the reference gives it: high means the source really says this, not that the estimate is right'),
    date: IsoDateSchema.optional().describe('The day the figures refer to or were published, where known'),
    note: z.string().min(1).optional().describe('Conflicts between sources and how they are resolved'),
    ...translated('note'),
    reference: z.array(z.string().regex(/^[A-F]\d{1,2}$/, { error: 'a finding of the reference, e.g. "A4" or "B8"' })).min(1).describe('The findings of the reference this item transcribes'),
    sources: z.array(SourceKeySchema).describe('Sources of the item (at least one when found)'),
  })
  .describe('One piece of independent evidence, or one not found');
export type EvidenceItem = z.output<typeof EvidenceItemSchema>;

export const EvidenceFileSchema = z.array(EvidenceItemSchema).min(1, { error: 'at least one record' });
