// Renders a reply as a talking-head video (D-ID) in the background; the side panel's own avatar
// has already spoken it. When the video is ready the message row stores its URL and the session's
// sockets — in whichever server process they are — get `avatar.video` in the same turn's
// numbering. A failed render is reported once. A job retried after its worker died finds the
// video already stored and does nothing, so no render is delivered twice.
import type { NativeLanguage } from '../../shared/corrections';
import type { Services } from '../services';
import { noticeText } from './notices';
import { enterTurnScope } from './turn-scope';

export const AVATAR_JOB = 'avatar.render';

export interface AvatarJob {
  turnId: string;
  sessionId: string;
  messageId: string;
  text: string;
  userLanguage: string;
}

export function registerAvatarJob(services: Services) {
  services.jobs.register<AvatarJob>(AVATAR_JOB, async (job) => {
    const message = await services.db.prisma.conversation.findUnique({ where: { id: job.messageId }, select: { videoUrl: true } });
    if (!message || message.videoUrl) return;
    const recording = services.turns.liveTurn(job.turnId);
    const notice = () =>
      recording?.emit({ type: 'notice', capability: 'avatar', message: noticeText('avatar', job.userLanguage as NativeLanguage) }, { broadcast: true });
    const signal = AbortSignal.timeout(5 * 60_000);
    enterTurnScope(signal, { notice });
    const rendered = await services.providers.avatar.render({ text: job.text }, signal);
    if (!rendered) {
      await recording?.flush();
      return;
    }
    await services.db.prisma.conversation.update({ where: { id: job.messageId }, data: { videoUrl: rendered.videoUrl } });
    if (recording) {
      recording.emit({ type: 'avatar.video', messageId: job.messageId, videoUrl: rendered.videoUrl }, { broadcast: true });
      await recording.flush();
    } else {
      // The turn left memory (a long render): continue its numbering from the stored events.
      const last = await services.db.prisma.turnEvent.findFirst({ where: { turnId: job.turnId }, orderBy: { seq: 'desc' }, select: { seq: true } });
      const event = { type: 'avatar.video' as const, messageId: job.messageId, videoUrl: rendered.videoUrl, turnId: job.turnId, seq: (last?.seq ?? -1) + 1 };
      await services.db.prisma.turnEvent.create({ data: { sessionId: job.sessionId, turnId: job.turnId, seq: event.seq, type: event.type, payload: event } });
      services.hub.broadcast(job.sessionId, event);
    }
  });
}
