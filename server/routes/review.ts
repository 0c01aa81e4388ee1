// The mistake notebook (shared/review.ts): the learner's items, due or all; one item; a drill's
// rating (fed to FSRS like the conversation's evidence, source 'drill'); the counts behind the
// "N to review" badges; and the whole notebook as a CSV file for Anki. Own items only: another
// learner's item answers 404.
import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { z } from 'zod';
import { RateBody, ReviewItemList, ReviewItemsQuery, ReviewItemView, ReviewSummary } from '../../shared/review';
import { requireAuth } from '../auth/middleware';
import type { AppEnv } from '../http/context';
import { notFound } from '../http/errors';
import { cursorArgs, toPage } from '../http/pagination';
import { bearerSecurity, commonErrors, createRouter, IdParam, jsonBody, jsonResponse } from '../http/router';
import { toAnkiCsv } from '../learning/review/anki-csv';
import { learnedItemsOf, rate } from '../learning/review/scheduler';
import { examplesInclude, toReviewItemView, type ItemWithExamples } from '../learning/review/views';

const reviewRoute = <M extends 'get' | 'post'>(method: M, path: string, summary: string) => ({
  method,
  path,
  tags: ['Review'],
  summary,
  security: bearerSecurity,
  middleware: requireAuth,
});

const listItems = createRoute({
  ...reviewRoute('get', '/items', 'Your notebook items: due=true only those due now (longest overdue first), otherwise all (newest first)'),
  request: { query: ReviewItemsQuery },
  responses: { 200: jsonResponse(ReviewItemList, 'A page of items'), ...commonErrors },
});
const getItem = createRoute({
  ...reviewRoute('get', '/items/{id}', 'One item with your own sentences that made it'),
  request: { params: IdParam },
  responses: { 200: jsonResponse(ReviewItemView, 'The item'), ...commonErrors },
});
const rateItem = createRoute({
  ...reviewRoute('post', '/items/{id}/rate', "A drill's rating: FSRS schedules the item's next review"),
  request: { params: IdParam, body: jsonBody(RateBody) },
  responses: { 200: jsonResponse(ReviewItemView, 'The item with its next due date'), ...commonErrors },
});
const summary = createRoute({
  ...reviewRoute('get', '/summary', 'How many items are due now, in all, and learned (in review, expected to last three weeks)'),
  responses: { 200: jsonResponse(ReviewSummary, 'The counts'), ...commonErrors },
});
const exportCsv = createRoute({
  ...reviewRoute('get', '/export.csv', 'The notebook as CSV for Anki: front (your sentence or phrase), back (corrected + explanation), tags (videoengai + type); Anki file headers first'),
  responses: { 200: { content: { 'text/csv': { schema: z.string() } }, description: 'text/csv; charset=utf-8' }, ...commonErrors },
});

async function ownItem(c: Context<AppEnv>, id: string): Promise<ItemWithExamples> {
  const item = await c.get('services').db.prisma.reviewItem.findFirst({ where: { id, userId: c.get('user').id }, include: examplesInclude });
  if (!item) throw notFound('No such review item.');
  return item;
}

export function reviewRoutes() {
  return createRouter()
    .openapi(listItems, async (c) => {
      const query = c.req.valid('query');
      const { db, now } = c.get('services');
      const dueOnly = query.due === 'true';
      const rows = await db.prisma.reviewItem.findMany({
        where: { userId: c.get('user').id, ...(dueOnly ? { due: { lte: now() } } : {}) },
        orderBy: dueOnly ? [{ due: 'asc' }, { id: 'asc' }] : [{ createdAt: 'desc' }, { id: 'desc' }],
        include: examplesInclude,
        ...cursorArgs(query),
      });
      return c.json(toPage(rows, query.limit, toReviewItemView), 200);
    })
    .openapi(getItem, async (c) => c.json(toReviewItemView(await ownItem(c, c.req.valid('param').id)), 200))
    .openapi(rateItem, async (c) => {
      const { id } = c.req.valid('param');
      const { rating, answer } = c.req.valid('json');
      const { db, now } = c.get('services');
      const userId = c.get('user').id;
      await db.prisma.$transaction(async (tx) => {
        // Two drills answered at once are rated one after the other, each from the other's result.
        const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "ReviewItem" WHERE "id" = ${id} AND "userId" = ${userId} FOR UPDATE`;
        if (!locked) throw notFound('No such review item.');
        const item = await tx.reviewItem.findUniqueOrThrow({ where: { id } });
        const reviewedAt = now();
        const next = rate(item, rating, reviewedAt);
        await tx.reviewItem.update({ where: { id }, data: next });
        await tx.reviewLog.create({
          data: { itemId: id, userId, rating, source: 'drill', answer: answer ?? null, due: next.due, stability: next.stability, reviewedAt },
        });
      });
      return c.json(toReviewItemView(await ownItem(c, id)), 200);
    })
    .openapi(summary, async (c) => {
      const { db, now } = c.get('services');
      const userId = c.get('user').id;
      const [due, total, learned] = await Promise.all([
        db.prisma.reviewItem.count({ where: { userId, due: { lte: now() } } }),
        db.prisma.reviewItem.count({ where: { userId } }),
        db.prisma.reviewItem.count({ where: learnedItemsOf(userId) }),
      ]);
      return c.json({ due, total, learned }, 200);
    })
    .openapi(exportCsv, async (c) => {
      const items = await c.get('services').db.prisma.reviewItem.findMany({
        where: { userId: c.get('user').id },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        include: examplesInclude,
      });
      return c.body(toAnkiCsv(items.map(toReviewItemView)), 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': 'attachment; filename="videoengai-notebook.csv"',
      });
    });
}
