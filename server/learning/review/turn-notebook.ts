// The notebook during one learner turn. It starts from the learner's items (one query, run
// beside the turn's other reads), then:
//  - links each correction to its item by pattern: a new pattern makes a new item (rated Again:
//    the learner got it wrong), a known one is a lapse (Again, one more example) and the
//    correction says so (`again: true`);
//  - reads the learner's text for items that are due or that the tutor's last reply targeted: a
//    correct use rates the item Good, the mistake again (without a correction) Again. Only those
//    items count, or every ordinary sentence would keep pushing every item further out;
//  - picks at most one due item for the tutor's reply to invite;
//  - writes all of it after the corrections are out, in order (items before what refers to them).
import { applyCorrections, type Correction } from '../../../shared/corrections';
import type { ReviewRating } from '../../../shared/review';
import type { Logger } from 'pino';
import type { Prisma } from '../../db/client';
import { judgeUse } from './evidence';
import { reviewItemId } from './item-id';
import { mergeParams, patternOf } from './keying/pattern-of';
import type { Sentence } from './language/sentence';
import { isDue, type ExampleWrite, type ItemWrite, type LogWrite, type NotebookItem } from './notebook/item';
import { insertExamples, insertLogs, loadNotebook, saveItems } from './notebook/store';
import { newSchedule, rate } from './scheduler';

export interface ReviewLink {
  itemId: string;
  again: boolean;
}

export interface ReviewResult {
  itemId: string;
  rating: ReviewRating;
}

export interface LearnerMessage {
  id: string;
  text: string;
  sentences: readonly Sentence[];
  /** Parses a piece of the text (a sentence, a corrected sentence), each piece once per turn. */
  parse?(text: string): readonly Sentence[];
  /** Takes parses made elsewhere (with the check, in the checker's thread) instead of parsing again. */
  remember?(parses: readonly (readonly [string, readonly Sentence[]])[] | undefined): void;
}

const spanKey = (c: Pick<Correction, 'start' | 'end'>) => `${c.start}:${c.end}`;

export class TurnNotebook {
  private readonly byKey: Map<string, NotebookItem>;
  private readonly byId: Map<string, NotebookItem>;
  /** Items this turn created or rated: each gets at most one rating a turn. */
  private readonly touched = new Set<string>();
  private readonly links = new Map<string, ReviewLink>();
  private readonly results: ReviewResult[] = [];
  private pendingItems = new Map<string, ItemWrite>();
  private pendingExamples: ExampleWrite[] = [];
  private pendingLogs: LogWrite[] = [];
  private writes: Promise<void> = Promise.resolve();

  constructor(
    private readonly userId: string,
    items: readonly NotebookItem[],
    readonly targetedItemId: string | null,
    private readonly now: () => Date,
    /** Where a failed write is logged when the next write goes on after it. */
    private readonly logger?: Pick<Logger, 'warn'>,
  ) {
    this.byKey = new Map(items.map((item) => [item.patternKey, item]));
    this.byId = new Map(items.map((item) => [item.id, item]));
  }

  static async load(prisma: Prisma, userId: string, sessionId: string, turnId: string, now: () => Date, logger?: Pick<Logger, 'warn'>): Promise<TurnNotebook> {
    const { items, targetedItemId } = await loadNotebook(prisma, userId, sessionId, turnId);
    return new TurnNotebook(userId, items, targetedItemId, now, logger);
  }

  /** The item of each correction, creating or lapsing items as needed (in the order given). */
  link(message: LearnerMessage, corrections: readonly Correction[]): (ReviewLink | undefined)[] {
    return corrections.map((correction) => {
      const known = this.links.get(spanKey(correction));
      if (known) return known;
      const link = this.linkOne(message, correction, corrections);
      this.links.set(spanKey(correction), link);
      return link;
    });
  }

  /** The link an earlier correction of this span got (an LLM correction that replaced a local one). */
  linkAt(correction: Pick<Correction, 'start' | 'end'>): ReviewLink | undefined {
    return this.links.get(spanKey(correction));
  }

  private linkOne(message: LearnerMessage, correction: Correction, all: readonly Correction[]): ReviewLink {
    const now = this.now();
    const { spec, edit } = patternOf(message.text, correction, message.sentences, message.parse);
    const correctedSentence = this.correctedSentence(message.text, edit.sentence, all);
    const example: ExampleWrite = { itemId: '', messageId: message.id, text: edit.sentence, createdAt: now };
    // An item stored under a key an earlier keying gave this mistake is still its item.
    const existing = this.byKey.get(spec.key) ?? spec.legacyKeys?.map((key) => this.byKey.get(key)).find((item) => item !== undefined);
    if (existing === undefined) {
      const item: NotebookItem = {
        id: reviewItemId(this.userId, spec.key),
        kind: 'mistake',
        patternKey: spec.key,
        family: spec.family,
        pattern: spec.pattern,
        type: correction.type,
        corrected: spec.corrected,
        params: spec.params,
        lapses: 0,
        ...rate(newSchedule(now), 'again', now),
      };
      this.byKey.set(item.patternKey, item);
      this.byId.set(item.id, item);
      this.touched.add(item.id);
      this.pendingItems.set(item.id, { item, created: true, explanation: correction.explanation, correctedSentence });
      this.record(item, example, 'again', message.id, now);
      return { itemId: item.id, again: false };
    }
    if (this.touched.has(existing.id)) {
      // A second finding of the same pattern in one turn: one more example, no second rating.
      this.pendingExamples.push({ ...example, itemId: existing.id });
      return { itemId: existing.id, again: this.results.some((r) => r.itemId === existing.id) };
    }
    this.lapse(existing, example, now, { explanation: correction.explanation, correctedSentence, params: spec.params });
    return { itemId: existing.id, again: true };
  }

  private lapse(item: NotebookItem, example: ExampleWrite, now: Date, update: { explanation?: string; correctedSentence?: string; params?: NotebookItem['params'] }) {
    Object.assign(item, rate(item, 'again', now), { lapses: item.lapses + 1, params: update.params ? mergeParams(item.params, update.params) : item.params });
    this.touched.add(item.id);
    const pending = this.pendingItems.get(item.id);
    this.pendingItems.set(item.id, {
      item,
      created: pending?.created ?? false,
      ...(update.explanation !== undefined ? { explanation: update.explanation } : {}),
      ...(update.correctedSentence !== undefined ? { correctedSentence: update.correctedSentence } : {}),
    });
    this.record(item, example, 'again', example.messageId, now);
    this.results.push({ itemId: item.id, rating: 'again' });
  }

  private record(item: NotebookItem, example: ExampleWrite, rating: ReviewRating, messageId: string, now: Date) {
    this.pendingExamples.push({ ...example, itemId: item.id });
    this.pendingLogs.push({ itemId: item.id, rating, source: 'conversation', messageId, answer: null, due: item.due, stability: item.stability, reviewedAt: now });
  }

  /** The learner's sentence with every correction of this turn that falls inside it. */
  private correctedSentence(text: string, sentence: string, corrections: readonly Correction[]): string {
    const start = text.indexOf(sentence);
    if (start < 0) return sentence;
    const end = start + sentence.length;
    const inside = corrections.filter((c) => c.start >= start && c.end <= end).map((c) => ({ ...c, start: c.start - start, end: c.end - start }));
    return applyCorrections(sentence, inside);
  }

  /**
   * What the learner's text shows about the items that are due or were targeted last turn and
   * that no correction of this turn already linked: correct use -> Good, the mistake -> Again.
   * `flagged` are all of this turn's corrections: a use they overlap is not a correct use.
   */
  judge(message: LearnerMessage, flagged: readonly Correction[]): ReviewResult[] {
    const now = this.now();
    for (const item of this.byId.values()) {
      if (this.touched.has(item.id)) continue;
      if (!isDue(item, now) && item.id !== this.targetedItemId) continue;
      const evidence = judgeUse(item, message.sentences, flagged);
      if (evidence === null) continue;
      const example: ExampleWrite = { itemId: item.id, messageId: message.id, text: message.text.trim(), createdAt: now };
      if (evidence === 'again') {
        this.lapse(item, example, now, {});
        continue;
      }
      Object.assign(item, rate(item, 'good', now));
      this.touched.add(item.id);
      this.pendingItems.set(item.id, { item, created: false });
      this.pendingLogs.push({ itemId: item.id, rating: 'good', source: 'conversation', messageId: message.id, answer: null, due: item.due, stability: item.stability, reviewedAt: now });
      this.results.push({ itemId: item.id, rating: 'good' });
    }
    return this.results;
  }

  /**
   * At most one due item for the tutor's reply to invite, the longest overdue first; none right
   * after a turn that targeted one (the conversation about the page comes first), none this turn
   * linked already, and none the learner's message already used (it is judged at the turn's end).
   */
  pickTarget(message: LearnerMessage): NotebookItem | null {
    const due = this.dueCandidates();
    due.sort((a, b) => a.due.getTime() - b.due.getTime() || a.id.localeCompare(b.id));
    return due.find((item) => judgeUse(item, message.sentences, []) === null) ?? null;
  }

  /** Whether pickTarget has any item to weigh (and so will read the message's sentences). */
  hasTargetCandidate(): boolean {
    return this.dueCandidates().length > 0;
  }

  private dueCandidates(): NotebookItem[] {
    if (this.targetedItemId !== null) return [];
    const now = this.now();
    return [...this.byId.values()].filter((item) => isDue(item, now) && !this.touched.has(item.id));
  }

  /** Writes what the turn has decided so far, after the writes asked for before. */
  flush(prisma: Prisma): Promise<void> {
    const items = [...this.pendingItems.values()];
    const examples = this.pendingExamples;
    const logs = this.pendingLogs;
    this.pendingItems = new Map();
    this.pendingExamples = [];
    this.pendingLogs = [];
    const now = this.now();
    // Each flush runs even when an earlier one failed. That failure went to its caller too, but a
    // caller that stopped waiting (an aborted turn) would drop it: it is logged here as well.
    this.writes = this.writes.catch((error: unknown) => {
      this.logger?.warn({ err: error instanceof Error ? error.message : String(error), userId: this.userId }, 'notebook write failed; the next one goes on');
    }).then(async () => {
      await saveItems(prisma, this.userId, items, now);
      await insertExamples(prisma, examples);
      await insertLogs(prisma, this.userId, logs);
    });
    return this.writes;
  }
}
