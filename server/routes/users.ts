// Users (the paths of the product's original design). A user reaches only their own record: any other id answers 404.
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { ListQuery, PublicUser, RegisterBody, SessionView, listOf } from '../../shared/api';
import { Level, NativeLanguage } from '../../shared/corrections';
import { requireAuth } from '../auth/middleware';
import type { AppEnv } from '../http/context';
import { notFound } from '../http/errors';
import { cursorArgs, toPage } from '../http/pagination';
import { bearerSecurity, commonErrors, createRouter, IdParam, jsonBody, jsonResponse } from '../http/router';
import { toPublicUser, toSessionView } from '../http/views';
import { register, registerRoute } from './auth';
import type { Context } from 'hono';

export const UpdateUserBody = z
  .object({
    name: z.string().trim().min(1).max(100).nullable(),
    nativeLanguage: NativeLanguage,
    level: Level,
  })
  .partial();

function ownId(c: Context<AppEnv>, id: string): string {
  if (id !== c.get('user').id) throw notFound('No such user.');
  return id;
}

const getUser = createRoute({
  method: 'get',
  path: '/{id}',
  tags: ['Users'],
  summary: 'Your own user record',
  security: bearerSecurity,
  middleware: [requireAuth] as const,
  request: { params: IdParam },
  responses: { 200: jsonResponse(PublicUser, 'The user'), ...commonErrors },
});

const updateUser = createRoute({
  method: 'patch',
  path: '/{id}',
  tags: ['Users'],
  summary: 'Change your name, native language or level',
  security: bearerSecurity,
  middleware: [requireAuth] as const,
  request: { params: IdParam, body: jsonBody(UpdateUserBody) },
  responses: { 200: jsonResponse(PublicUser, 'The updated user'), ...commonErrors },
});

const listSessions = createRoute({
  method: 'get',
  path: '/{id}/sessions',
  tags: ['Users'],
  summary: 'Your sessions, newest first',
  security: bearerSecurity,
  middleware: [requireAuth] as const,
  request: { params: IdParam, query: ListQuery },
  responses: { 200: jsonResponse(listOf(SessionView), 'A page of sessions'), ...commonErrors },
});

export function userRoutes() {
  return createRouter()
    .openapi({ ...registerRoute('/'), summary: 'Create an account (the original design names /api/auth/register so)' }, (c) =>
      register(c, c.req.valid('json') as RegisterBody),
    )
    .openapi(getUser, async (c) => {
      const id = ownId(c, c.req.valid('param').id);
      const user = await c.get('services').db.prisma.user.findUnique({ where: { id } });
      if (!user) throw notFound('No such user.');
      return c.json(toPublicUser(user), 200);
    })
    .openapi(updateUser, async (c) => {
      const id = ownId(c, c.req.valid('param').id);
      const user = await c.get('services').db.prisma.user.update({ where: { id }, data: c.req.valid('json') });
      return c.json(toPublicUser(user), 200);
    })
    .openapi(listSessions, async (c) => {
      const userId = ownId(c, c.req.valid('param').id);
      const query = c.req.valid('query');
      const rows = await c.get('services').db.prisma.session.findMany({
        where: { userId },
        orderBy: [{ startedAt: 'desc' }, { id: 'desc' }],
        ...cursorArgs(query),
      });
      return c.json(toPage(rows, query.limit, toSessionView), 200);
    });
}
