// createApp(services) -> the Hono app with every route, the one error shape, request ids and
// logging. No I/O happens here: tests build it with their own services and call app.request().
import { OpenAPIHono } from '@hono/zod-openapi';
import { Scalar } from '@scalar/hono-api-reference';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import type { UpgradeWebSocket } from 'hono/ws';
import type { AppEnv } from './http/context';
import { AppError, errorBody, handleError } from './http/errors';
import { authRoutes } from './routes/auth';
import { checkRoutes } from './routes/check';
import { healthRoutes } from './routes/health';
import { metricsRoutes } from './routes/metrics';
import { phraseRoutes } from './routes/phrases';
import { mediaRoutes } from './routes/media';
import { progressRoutes } from './routes/progress';
import { reviewRoutes } from './routes/review';
import { sessionRoutes } from './routes/sessions';
import { userRoutes } from './routes/users';
import { conversationSocket } from './routes/ws-conversation';
import type { Services } from './services';

export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * CORS: only the origins in CORS_ORIGINS (e.g. chrome-extension://<id> of a published build or a
 * web client) and, outside production, pages on localhost. The extension itself needs no entry
 * while it holds host permission for the server (its manifest asks for localhost; the options page
 * asks for any other server), because extension pages with host permission are exempt from CORS.
 * No other web page may read a learner's data with their token.
 */
export function allowedOrigin(config: Services['config']) {
  const configured = new Set((config.CORS_ORIGINS ?? '').split(',').map((o) => o.trim().replace(/\/$/, '')).filter(Boolean));
  const developing = config.NODE_ENV !== 'production';
  return (origin: string) => {
    if (configured.has(origin)) return origin;
    if (developing && /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(origin)) return origin;
    return null;
  };
}

export function createApp(services: Services, options: { upgradeWebSocket?: UpgradeWebSocket } = {}) {
  const app = new OpenAPIHono<AppEnv>();

  app.use('*', requestId());
  app.use('*', async (c, next) => {
    c.set('services', services);
    const logger = services.logger.child({ requestId: c.get('requestId') });
    c.set('logger', logger);
    const started = performance.now();
    await next();
    const ms = performance.now() - started;
    // The route pattern (/api/conversations/sessions/:id), never the raw path with its ids.
    const labels = { method: c.req.method, route: c.req.routePath, status: c.res.status };
    services.metrics.httpRequest(labels, ms);
    logger.info({ method: labels.method, path: labels.route, status: labels.status, ms: Math.round(ms) }, 'request');
  });
  app.use('*', secureHeaders({ crossOriginResourcePolicy: 'cross-origin' }));
  app.use('/api/*', cors({ origin: allowedOrigin(services.config), allowHeaders: ['Authorization', 'Content-Type'], exposeHeaders: ['Retry-After'], maxAge: 600 }));
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () => {
        throw new AppError('payload_too_large', 'The request body is larger than 1 MB.');
      },
    }),
  );

  app.route('/', healthRoutes());
  app.route('/', metricsRoutes());
  app.route('/api/auth', authRoutes());
  app.route('/api/users', userRoutes());
  app.route('/api/conversations', sessionRoutes());
  app.route('/api/progress', progressRoutes());
  app.route('/api/review', reviewRoutes());
  app.route('/api/check', checkRoutes());
  app.route('/api/phrases', phraseRoutes());
  app.route('/media', mediaRoutes());
  if (options.upgradeWebSocket) app.route('/ws', conversationSocket(options.upgradeWebSocket));

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', { type: 'http', scheme: 'bearer' });
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'VideoEngAI API',
      version: '0.1.0',
      description:
        'Practise spoken English about any web page. Register or log in for a bearer token; every other ' +
        'endpoint needs `Authorization: Bearer <token>`. The conversation itself runs over the WebSocket ' +
        '/ws/conversation/{sessionId} (messages in shared/ws.ts). Errors are always `{ code, message, requestId }`.',
    },
  });
  app.get('/api/docs', Scalar({ url: '/api/openapi.json', pageTitle: 'VideoEngAI API' }));

  app.notFound((c) => c.json(errorBody(c, 'not_found', `No route for ${c.req.method} ${c.req.path}.`), 404));
  app.onError(handleError);
  return app;
}

export type App = ReturnType<typeof createApp>;
