// Signing in and out: the token lives in one storage item, tied to the server that issued it.
import type { AuthResponse } from '../../shared/api';
import { createApiClient, type ApiClient } from './api-client';
import { authItem, nativeLanguageItem, levelItem, serverUrlItem, type AuthState } from '../settings/settings';

export async function currentAuth(): Promise<AuthState | null> {
  const [auth, serverUrl] = await Promise.all([authItem.getValue(), serverUrlItem.getValue()]);
  if (!auth || auth.serverUrl !== serverUrl) return null;
  if (Date.parse(auth.expiresAt) <= Date.now()) return null;
  return auth;
}

/** An API client for the configured server, carrying the signed-in user's token. */
export async function apiClient(fetchImpl?: typeof fetch): Promise<ApiClient> {
  const baseUrl = await serverUrlItem.getValue();
  return createApiClient({ baseUrl, fetchImpl, getToken: async () => (await currentAuth())?.token ?? null });
}

async function remember(response: AuthResponse): Promise<AuthState> {
  const serverUrl = await serverUrlItem.getValue();
  const auth: AuthState = { token: response.token, expiresAt: response.expiresAt, user: response.user, serverUrl };
  await Promise.all([
    authItem.setValue(auth),
    nativeLanguageItem.setValue(response.user.nativeLanguage),
    levelItem.setValue(response.user.level),
  ]);
  return auth;
}

export async function signUp(email: string, password: string): Promise<AuthState> {
  const api = await apiClient();
  const [nativeLanguage, level] = await Promise.all([nativeLanguageItem.getValue(), levelItem.getValue()]);
  return remember(await api.register({ email, password, nativeLanguage, level }));
}

export async function signIn(email: string, password: string): Promise<AuthState> {
  const api = await apiClient();
  return remember(await api.login({ email, password }));
}

/** Forgets the token even when the server cannot be reached. */
export async function signOut(): Promise<void> {
  const api = await apiClient();
  await api.logout().catch(() => undefined);
  await authItem.setValue(null);
}
