// Progress (the paths of the product's original design): totals and streak, daily stats, weaknesses; the level estimate and
// progress over time. Own data only.
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { ProgressStats, ProgressSummary, Weaknesses } from '../../shared/api';
import { LevelEstimate, ProgressHistory } from '../../shared/review';
import { requireAuth } from '../auth/middleware';
import { notFound } from '../http/errors';
import { bearerSecurity, commonErrors, createRouter, jsonResponse } from '../http/router';
import { levelEstimate } from '../learning/level/learner-level';
import { progressHistory } from '../progress/history';
import { progressStats, progressSummary, progressWeaknesses } from '../progress/queries';

const UserIdParam = z.object({ userId: z.string().min(1).max(100) });
const route = <T extends z.ZodType>(path: string, summary: string, schema: T) =>
  createRoute({
    method: 'get',
    path,
    tags: ['Progress'],
    summary,
    security: bearerSecurity,
    middleware: [requireAuth] as const,
    request: { params: UserIdParam },
    responses: { 200: jsonResponse(schema, summary), ...commonErrors },
  });

export function progressRoutes() {
  const router = createRouter();
  const endpoints = [
    ['/{userId}', 'Totals, streak, today and this week', ProgressSummary, progressSummary],
    ['/{userId}/stats', 'Minutes and turns per day (30 days), corrections by type', ProgressStats, progressStats],
    ['/{userId}/weaknesses', 'Top error categories with examples and 14-day trend', Weaknesses, progressWeaknesses],
    ['/{userId}/level', 'Estimated CEFR level from your own words, with its confidence and an 8-week trend', LevelEstimate, levelEstimate],
    ['/{userId}/history', 'Errors per 100 words by week and type (12 weeks), minutes per day (30 days), notebook items', ProgressHistory, progressHistory],
  ] as const;
  for (const [path, summary, schema, query] of endpoints) {
    router.openapi(route(path, summary, schema), async (c) => {
      const { userId } = c.req.valid('param');
      if (userId !== c.get('user').id) throw notFound('No such user.');
      const { db, now } = c.get('services');
      return c.json(await query(db.prisma, userId, now()), 200);
    });
  }
  return router;
}
