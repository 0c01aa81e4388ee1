// The typed context every handler sees: the request id, a request-scoped logger, the signed-in
// user (after requireAuth) and the app's services.
import type { Logger } from 'pino';
import type { Services } from '../services';

export interface AuthUser {
  id: string;
  email: string;
  nativeLanguage: string;
  level: string;
  tokenId: string;
}

export interface AppEnv {
  Variables: {
    requestId: string;
    logger: Logger;
    services: Services;
    user: AuthUser;
  };
}
