// Native language and level are the learner's profile on the server too; a server without the
// PATCH endpoint keeps them locally only.
import type { Level, NativeLanguage } from '../../shared/corrections';
import { apiClient, currentAuth } from '../api/auth';
import { authItem } from './settings';

export async function syncProfile(patch: { nativeLanguage?: NativeLanguage; level?: Level }): Promise<void> {
  const auth = await currentAuth();
  if (!auth) return;
  try {
    const user = await (await apiClient()).updateUser(auth.user.id, patch);
    await authItem.setValue({ ...auth, user });
  } catch {
    // Local settings already hold the choice; the server copy catches up on the next change.
  }
}
