// Every route module builds its router here, so that a body or parameter that fails its zod
// schema answers the one error shape, naming the field.
import { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { ErrorBody } from '../../shared/errors';
import type { AppEnv } from './context';
import { describeZodError, errorBody } from './errors';

export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) {
        return c.json(errorBody(c, 'validation_failed', describeZodError(result.error)), 400);
      }
    },
  });
}

export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { 'application/json': { schema } },
});

export const jsonResponse = <T extends z.ZodType>(schema: T, description: string) => ({
  content: { 'application/json': { schema } },
  description,
});

const errorResponse = (description: string) => ({ content: { 'application/json': { schema: ErrorBody } }, description });

/** The failures every authenticated route can answer, for the OpenAPI document. */
export const commonErrors = {
  400: errorResponse('Malformed JSON or a field at fault (named in the message)'),
  401: errorResponse('No valid bearer token'),
  404: errorResponse('Not found, or not yours'),
  503: errorResponse('The database is unavailable'),
} as const;

export const bearerSecurity = [{ bearerAuth: [] }];

export const IdParam = z.object({ id: z.string().min(1).max(100) });
