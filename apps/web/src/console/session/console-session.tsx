import { createContext, type ComponentChildren } from 'preact';
import { useCallback, useContext, useEffect, useState } from 'preact/hooks';
import type { ApiErrorItem } from '../../api/types';
import { useI18n } from '../../i18n/i18n-context';
import { consoleCall, consoleFetch, csrfToken, errorsOf } from '../api/console-api';
import { apiPath } from '@eci/api-contract';

/** A role held on one initiative (the API's `roles`). */
export interface RoleGrant {
  initiative: string;
  role: string;
}

export interface SignedInAccount {
  /** `null` for the installation's organiser credential (never in a browser session). */
  email: string | null;
  roles: RoleGrant[];
}

export type SessionState =
  | { state: 'loading' }
  /** `again`: the session is alive but this tab holds no CSRF token (opened on its own): sign in again here. */
  | { state: 'signed-out'; again?: boolean }
  | { state: 'signed-in'; account: SignedInAccount }
  | { state: 'failed' };

/** A refused sign-in: the API's errors, and how many seconds to wait when throttled (`Retry-After`). */
export interface SignInFailure {
  status: number;
  errors: ApiErrorItem[];
  retryAfterSeconds?: number;
}

export interface ConsoleSession {
  session: SessionState;
  signIn(email: string, password: string): Promise<SignInFailure | null>;
  signOut(): Promise<void>;
  /** The session ended on the server (a 401 from any call): back to the sign-in form. */
  expired(): void;
}

const SessionContext = createContext<ConsoleSession | null>(null);

export function useConsoleSession(): ConsoleSession {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useConsoleSession outside ConsoleSessionProvider');
  return session;
}

/** The roles the signed-in account holds on one initiative. */
export function rolesOn(account: SignedInAccount, slug: string): string[] {
  return account.roles.filter((grant) => grant.initiative === slug).map((grant) => grant.role);
}

export function ConsoleSessionProvider({ children }: { children: ComponentChildren }) {
  const { lang } = useI18n();
  const [session, setSession] = useState<SessionState>({ state: 'loading' });

  useEffect(() => {
    void consoleCall<SignedInAccount>(apiPath('authMe'), { lang }).then((answer) => {
      if (answer.ok) setSession(csrfToken.get() ? { state: 'signed-in', account: answer.data } : { state: 'signed-out', again: true });
      else setSession(answer.status === 401 ? { state: 'signed-out' } : { state: 'failed' });
    });
  }, []);

  const signIn = useCallback(
    async (email: string, password: string): Promise<SignInFailure | null> => {
      const response = await consoleFetch(apiPath('authLogin'), { method: 'POST', body: { email, password }, lang });
      if (!(response instanceof Response)) return { status: 0, errors: [] };
      if (!response.ok) {
        const retry = Number(response.headers.get('retry-after'));
        return { status: response.status, errors: await errorsOf(response), retryAfterSeconds: Number.isFinite(retry) && retry > 0 ? retry : undefined };
      }
      const body = (await response.json()) as { account: SignedInAccount; csrfToken: string };
      csrfToken.set(body.csrfToken);
      setSession({ state: 'signed-in', account: body.account });
      return null;
    },
    [lang],
  );

  const signOut = useCallback(async () => {
    await consoleCall(apiPath('authLogout'), { method: 'POST', lang });
    csrfToken.clear();
    setSession({ state: 'signed-out' });
  }, [lang]);

  const expired = useCallback(() => {
    csrfToken.clear();
    setSession({ state: 'signed-out' });
  }, []);

  return <SessionContext.Provider value={{ session, signIn, signOut, expired }}>{children}</SessionContext.Provider>;
}
