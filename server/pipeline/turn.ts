// One turn of the conversation, text or audio, in the order the learner experiences it:
// ack (their words are stored) -> transcript -> the reply streamed and spoken sentence by
// sentence (its prompt carries the local checker's corrections, which are sent, linked to the
// learner's notebook, just before its first words), the LLM's corrections in parallel ->
// reply.done -> turn.done; later avatar.video. Barge-in aborts the signal: the partial reply is stored marked interrupted.
import type { NativeLanguage } from '../../shared/corrections';
import type { Session } from '../db/generated/client';
import type { AuthUser } from '../http/context';
import { TurnTimer } from '../metrics/turn-timer';
import { isDatabaseUnavailable } from '../db/errors';
import { tutorLevelFor } from '../learning/level/tutor-level';
import { recordActivity } from '../progress/rollup';
import type { HistoryMessage, TutorLevel, TutorTurnContext } from '../providers/types';
import type { TurnNotebook } from '../learning/review/turn-notebook';
import type { Services } from '../services';
import { parsesOf } from '../learning/checker/preparse';
import { AVATAR_JOB, type AvatarJob } from './avatar-job';
import { articleOf, learnerOf, type TurnContext } from './context';
import { announceLocalCorrections, checkLocally, llmCorrections } from './corrections-step';
import { EarlyReply } from './early-reply';
import { noticeText } from './notices';
import { streamReply } from './reply-step';
import { enterTurnScope } from './turn-scope';
import { HISTORY_MESSAGES, insertMessage, recentHistory, startedAhead } from './turn-store';
import { reportTurn } from './turn-report';
import { judgeTurn, learnerMessage, openNotebook, rememberParses, reviewTargetOf } from './review-step';
import { storeUserInput, type StoredInput, type TurnInput } from './user-input';
import { FirstWords } from './first-words';

export interface RunTurnOptions {
  services: Services;
  session: Session;
  user: AuthUser;
  input: TurnInput;
  clientTurnId?: string;
  signal: AbortSignal;
}

export async function runTurn(options: RunTurnOptions) {
  const { services, session, user, signal } = options;
  const recording = services.turns.start(session.id);
  const streamed = options.input.kind === 'audio' && options.input.transcribe !== undefined;
  const speech = options.input.kind === 'audio' ? options.input.speech : undefined;
  const turn: TurnContext = { services, session, user, recording, timer: new TurnTimer(), signal, firstClauseAtOnce: streamed, ...(speech ? { speech } : {}) };
  const noticed = new Set<string>();
  const scope = {
    notice(capability: Parameters<typeof noticeText>[0]) {
      if (noticed.has(capability)) return;
      noticed.add(capability);
      recording.emit({ type: 'notice', capability, message: noticeText(capability, user.nativeLanguage as NativeLanguage) });
    },
  };
  enterTurnScope(signal, scope);
  let outcome: Awaited<ReturnType<typeof converse>> | undefined;
  try {
    outcome = await converse(turn, options);
    return outcome;
  } catch (error) {
    // Before the ack nothing was accepted: the socket reports the failure. After it, the turn
    // ends here, in its own numbering, so the client knows it is over and why.
    if (recording.lastSeq < 0) throw error;
    const unavailable = isDatabaseUnavailable(error);
    if (!unavailable) services.logger.error({ err: error, turnId: recording.turnId }, 'turn failed');
    recording.emit({
      type: 'error',
      code: unavailable ? 'service_unavailable' : 'internal',
      message: unavailable
        ? 'The database became unavailable during this turn. What was acknowledged is saved; please try again shortly.'
        : 'Something went wrong during this turn. What was acknowledged is saved.',
    });
    recording.emit({ type: 'turn.done', interrupted: true });
    return undefined;
  } finally {
    // A turn that ended without speaking (no words, a failure) still lets its voice socket go.
    speech?.close();
    reportTurn(turn, streamed ? 'stream' : options.input.kind, { interrupted: outcome?.interrupted ?? signal.aborted, failed: outcome === undefined, fallbacks: [...noticed] });
    await services.turns.finish(recording);
    // Queued only once the turn's events are stored: a worker in another process continues the
    // turn's numbering from the database.
    if (outcome?.avatarJob) await services.jobs.enqueue<AvatarJob>(AVATAR_JOB, outcome.avatarJob);
  }
}

async function converse(turn: TurnContext, { input, clientTurnId }: RunTurnOptions) {
  const { services, session, user, recording, signal } = turn;
  const { db } = services;
  // The conversation so far does not depend on this turn's words, nor does the level the tutor
  // speaks at ('auto': the estimate from earlier messages): fetch both while they are stored and
  // transcribed, so the tutor can start the moment the text is known.
  const history = startedAhead(recentHistory(db.prisma, session.id, recording.turnId, HISTORY_MESSAGES));
  const level = startedAhead(tutorLevelFor(db.prisma, user));
  // The learner's notebook too: this turn's corrections are linked to its items at once.
  const notebook = startedAhead(openNotebook(turn));
  // A streamed turn: the tutor may start on the stable interim while the final transcript comes.
  const owner = { ...turn, turnId: recording.turnId };
  const early =
    input.kind !== 'audio' ? null : (input.preemptive?.joinTurn(owner) ?? (input.stableInterim ? new EarlyReply(owner, input.stableInterim, { history, level, notebook }) : null));
  const stored = await storeUserInput(turn, input, clientTurnId);
  if (stored.text === null) early?.discard();
  if (stored.text === null) {
    await Promise.all([history, level, notebook, stored.save()]);
    recording.emit({ type: 'turn.done', interrupted: signal.aborted });
    return { turnId: recording.turnId, userMessageId: stored.messageId, interrupted: signal.aborted, avatarJob: undefined };
  }
  const firstWords = new FirstWords();
  const transcriptSaved = startedAhead(firstWords.then(stored.save));
  try {
    return await answer(turn, { ...stored, text: stored.text }, { history, level, notebook, early, firstWords, transcriptSaved });
  } finally {
    firstWords.open();
  }
}

interface Answering {
  history: Promise<HistoryMessage[]>;
  level: Promise<TutorLevel>;
  notebook: Promise<TurnNotebook>;
  early: EarlyReply | null;
  firstWords: FirstWords;
  transcriptSaved: Promise<unknown>;
}

/** The turn once the learner's words are known: corrections, the reply, the evidence for the notebook. */
async function answer(turn: TurnContext, stored: StoredInput & { text: string }, { history, level, notebook, early, firstWords, transcriptSaved }: Answering) {
  const { services, session, user, recording } = turn;
  const { db, now } = services;
  const message = learnerMessage(stored.messageId, stored.text);
  const reviews = await notebook;
  const checked = await checkLocally(turn, message.text);
  await rememberParses(message, parsesOf(checked), reviews);
  // Picked before this turn's corrections are linked (as the early reply picks it): a due item the
  // learner has just got wrong again is not picked anyway, since the message uses its construction.
  const reviewTarget = reviewTargetOf(reviews, message);
  const context: TutorTurnContext = {
    article: articleOf(session),
    learner: learnerOf(user, await level),
    history: await history,
    userText: stored.text,
    localCorrections: checked.corrections,
    correctedText: checked.corrected,
    ...(checked.partial === true ? { correctionPartial: true } : {}),
    ...(reviewTarget ? { reviewTarget } : {}),
  };
  // The tutor's request goes alone (first-words.ts); the recording and its message are stored already.
  // The local corrections are linked and sent then too, just before the reply's first piece; the
  // LLM's are linked after them.
  const announced = firstWords.beforeFirstPiece(() => announceLocalCorrections(turn, message, checked, reviews));
  const correctionsSaved = startedAhead(announced.then(({ save }) => save()));
  const llmFindings = startedAhead(announced.then(() => llmCorrections(turn, message, context, reviews)));
  const reply = await streamReply(turn, context, { early: early?.adopt(context), onPiece: firstWords.open });
  // A reply without a word (interrupted at once, failed) opens it here: the writes wait on it.
  firstWords.open();
  let avatarJob: AvatarJob | undefined;

  if (reply.text.length > 0 || !reply.interrupted) {
    const audioUrl = reply.audio ? await services.media.save(user.id, reply.audio.audio, reply.audio.mimeType) : null;
    const assistantId = await insertMessage(db.prisma, {
      sessionId: session.id,
      role: 'assistant',
      content: reply.text,
      audioUrl,
      turnId: recording.turnId,
      interrupted: reply.interrupted,
      // Only a reply the learner heard whole gave them the chance; the next turn is the evidence.
      reviewTargetId: reviewTarget && !reply.interrupted && reply.text.length > 0 ? reviewTarget.itemId : null,
      createdAt: now(),
    });
    if (!reply.interrupted) {
      recording.emit({ type: 'reply.done', messageId: assistantId, text: reply.text });
      if (reviewTarget && reply.text.length > 0) recording.emit({ type: 'review.target', itemId: reviewTarget.itemId });
      if (services.providers.avatar.live && reply.text.length > 0) {
        avatarJob = { turnId: recording.turnId, sessionId: session.id, messageId: assistantId, text: reply.text, userLanguage: user.nativeLanguage };
      }
    }
  }
  const [addedByLlm] = await Promise.all([llmFindings, transcriptSaved, correctionsSaved]);
  await judgeTurn(turn, reviews, message, [...checked.corrections, ...addedByLlm]);
  await recordActivity(db.prisma, user.id, now(), { turns: 1, corrections: checked.corrections.length + addedByLlm.length });
  recording.emit({ type: 'turn.done', ...(reply.interrupted ? { interrupted: true } : {}) });
  return { turnId: recording.turnId, userMessageId: stored.messageId, interrupted: reply.interrupted, avatarJob };
}
