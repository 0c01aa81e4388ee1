import { useState, type FormEvent } from 'react';
import { signIn, signOut, signUp } from '../api/auth';
import type { Translate } from '../i18n/i18n';
import { SERVER_URL_PROBLEM_MESSAGES, ServerUrlError, saveServerUrl } from './server-url';
import { authItem } from './settings';
import type { ServerDraft } from './use-server-draft';
import { useStorageItem } from './use-storage-item';

/** Signs in or up at the server the URL field shows, saving it first (the field may be unsaved). */
export function AccountSection({ serverDraft, t }: { serverDraft: ServerDraft; t: Translate }) {
  const auth = useStorageItem(authItem);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (action: typeof signIn) => {
    setBusy(true);
    setError(null);
    try {
      await saveServerUrl(serverDraft.text);
      await action(email.trim(), password);
      setPassword('');
    } catch (e) {
      if (e instanceof ServerUrlError) setError(t(SERVER_URL_PROBLEM_MESSAGES[e.problem]));
      else setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(signIn);
  };

  if (auth) {
    return (
      <section aria-label={t('account')} className="space-y-2">
        <p data-testid="signed-in-as" className="text-sm">
          {t('signedInAs', { email: auth.user.email })}
        </p>
        <button type="button" data-testid="sign-out" onClick={() => void signOut()} className="rounded border px-3 py-1 text-sm">
          {t('signOut')}
        </button>
      </section>
    );
  }
  return (
    <form onSubmit={submit} aria-label={t('account')} className="space-y-2">
      <label className="block text-sm">
        {t('email')}
        <input data-testid="email" type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} className="mt-0.5 block w-full rounded border border-gray-300 px-2 py-1" />
      </label>
      <label className="block text-sm">
        {t('password')}
        <input data-testid="password" type="password" autoComplete="current-password" required minLength={8} value={password} onChange={(e) => setPassword(e.target.value)} className="mt-0.5 block w-full rounded border border-gray-300 px-2 py-1" />
      </label>
      <div className="flex gap-2">
        <button type="submit" data-testid="sign-in" disabled={busy} className="rounded bg-indigo-600 px-3 py-1 text-sm text-white disabled:opacity-50">
          {t('signIn')}
        </button>
        <button type="button" data-testid="sign-up" disabled={busy} onClick={() => void run(signUp)} className="rounded border border-indigo-600 px-3 py-1 text-sm text-indigo-700 disabled:opacity-50">
          {t('signUp')}
        </button>
      </div>
      {error && <p role="alert" data-testid="auth-error" className="text-xs text-red-700">{error}</p>}
    </form>
  );
}
