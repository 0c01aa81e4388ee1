// POST /api/check: the local checker on any text, e.g. for the practice card or other clients.
import { createRoute } from '@hono/zod-openapi';
import { CheckBody } from '../../shared/api';
import { CheckResult, type NativeLanguage } from '../../shared/corrections';
import { requireAuth } from '../auth/middleware';
import { bearerSecurity, commonErrors, createRouter, jsonBody, jsonResponse } from '../http/router';

const checkRoute = createRoute({
  method: 'post',
  path: '/',
  tags: ['Corrections'],
  summary: 'Correct a text with the local checker; explanations in your native language',
  security: bearerSecurity,
  middleware: [requireAuth] as const,
  request: { body: jsonBody(CheckBody) },
  responses: { 200: jsonResponse(CheckResult, 'The corrected text and each correction'), ...commonErrors },
});

export function checkRoutes() {
  return createRouter().openapi(checkRoute, async (c) => {
    const { text } = c.req.valid('json');
    const result = await c.get('services').checker.check(text, c.get('user').nativeLanguage as NativeLanguage);
    return c.json(result, 200);
  });
}
