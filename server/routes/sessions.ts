// Conversation sessions (the /api/conversations paths of the product's original design): one per article the learner talks
// about. Another user's session answers 404, never 403 and never the data.
import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { CorrectionView, CreateSessionBody, ListQuery, MessageView, SessionView, listOf } from '../../shared/api';
import { requireAuth } from '../auth/middleware';
import type { AppEnv } from '../http/context';
import { notFound } from '../http/errors';
import { cursorArgs, toPage } from '../http/pagination';
import { bearerSecurity, commonErrors, createRouter, IdParam, jsonBody, jsonResponse } from '../http/router';
import { toCorrectionView, toMessageView, toSessionView } from '../http/views';
import { analyzeArticle, cleanArticleText } from '../learning/article';
import { analyzeVideo } from '../learning/video';
import { recordActivity } from '../progress/rollup';
import { withReviewLinks } from '../learning/review/correction-links';

async function ownSession(c: Context<AppEnv>, id: string) {
  const session = await c.get('services').db.prisma.session.findFirst({ where: { id, userId: c.get('user').id } });
  if (!session) throw notFound('No such session.');
  return session;
}

const sessionRoute = <M extends 'get' | 'post'>(method: M, path: string, summary: string) => ({
  method,
  path,
  tags: ['Conversations'],
  summary,
  security: bearerSecurity,
  middleware: requireAuth,
});

const createSession = createRoute({
  ...sessionRoute('post', '/sessions', 'Start a session about a page'),
  request: { body: jsonBody(CreateSessionBody) },
  responses: { 201: jsonResponse(SessionView, 'The new session'), ...commonErrors },
});
const endSession = createRoute({
  ...sessionRoute('post', '/sessions/{id}/end', 'End a session (idempotent); its duration counts toward progress'),
  request: { params: IdParam },
  responses: { 200: jsonResponse(SessionView, 'The ended session'), ...commonErrors },
});
const getSession = createRoute({
  ...sessionRoute('get', '/sessions/{id}', 'One session'),
  request: { params: IdParam },
  responses: { 200: jsonResponse(SessionView, 'The session'), ...commonErrors },
});
const listMessages = createRoute({
  ...sessionRoute('get', '/sessions/{id}/conversations', 'The messages of a session, oldest first'),
  request: { params: IdParam, query: ListQuery },
  responses: { 200: jsonResponse(listOf(MessageView), 'A page of messages'), ...commonErrors },
});
const listCorrections = createRoute({
  ...sessionRoute('get', '/sessions/{id}/corrections', 'The corrections of a session, oldest first'),
  request: { params: IdParam, query: ListQuery },
  responses: { 200: jsonResponse(listOf(CorrectionView), 'A page of corrections'), ...commonErrors },
});

export function sessionRoutes() {
  return createRouter()
    .openapi(createSession, async (c) => {
      const body = c.req.valid('json');
      const { db, now } = c.get('services');
      const user = c.get('user');
      const article = body.materialKind === 'video' ? analyzeVideo(body.pageTitle, body.articleText) : analyzeArticle(body.pageTitle, body.articleText);
      const session = await db.prisma.session.create({
        data: {
          userId: user.id,
          pageUrl: body.pageUrl,
          pageTitle: body.pageTitle,
          articleText: cleanArticleText(body.articleText),
          topic: article.topic,
          keyTerms: article.keyTerms,
          materialKind: body.materialKind ?? null,
          videoId: body.videoId ?? null,
          materialAuthor: body.materialAuthor || null,
          startedAt: now(),
        },
      });
      await recordActivity(db.prisma, user.id, now(), { sessions: 1 });
      return c.json(toSessionView(session), 201);
    })
    .openapi(endSession, async (c) => {
      const session = await ownSession(c, c.req.valid('param').id);
      if (session.endedAt) return c.json(toSessionView(session), 200);
      const { db, now } = c.get('services');
      const endedAt = now();
      const durationSec = Math.max(0, Math.round((endedAt.getTime() - session.startedAt.getTime()) / 1000));
      // Only the first end counts: a concurrent second call finds endedAt already set.
      const { count } = await db.prisma.session.updateMany({
        where: { id: session.id, endedAt: null },
        data: { endedAt, durationSec },
      });
      if (count === 1) await recordActivity(db.prisma, session.userId, endedAt, { durationSec });
      return c.json(toSessionView(await ownSession(c, session.id)), 200);
    })
    .openapi(getSession, async (c) => c.json(toSessionView(await ownSession(c, c.req.valid('param').id)), 200))
    .openapi(listMessages, async (c) => {
      const session = await ownSession(c, c.req.valid('param').id);
      const query = c.req.valid('query');
      const rows = await c.get('services').db.prisma.conversation.findMany({
        where: { sessionId: session.id },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        ...cursorArgs(query),
      });
      return c.json(toPage(rows, query.limit, toMessageView), 200);
    })
    .openapi(listCorrections, async (c) => {
      const session = await ownSession(c, c.req.valid('param').id);
      const query = c.req.valid('query');
      const rows = await c.get('services').db.prisma.correction.findMany({
        where: { sessionId: session.id },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        ...cursorArgs(query),
      });
      const page = toPage(rows, query.limit, (row) => row);
      return c.json({ items: await withReviewLinks(c.get('services').db.prisma, page.items, toCorrectionView), nextCursor: page.nextCursor }, 200);
    });
}
