// The signed-in user for the whole client: loaded from /api/auth/me, cleared on logout or on any 401.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext, useEffect } from 'react';
import { setCsrfToken, setUnauthenticatedHandler } from '../../api/client.ts';
import { clearPrivateCaches } from '../../pwa.ts';
import { fetchMe, logout, type Me, sessionKeys } from './api.ts';

interface SessionValue {
  me: Me | null;
  loading: boolean;
  refresh: () => Promise<void>;
  logout: () => Promise<void>;
}

const SessionContext = createContext<SessionValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const qc = useQueryClient();
  const query = useQuery({
    queryKey: sessionKeys.me,
    queryFn: async () => {
      const me = await fetchMe();
      if (me) setCsrfToken(me.csrfToken);
      // Nobody signed in: whatever a previous person left for offline reading goes.
      else void clearPrivateCaches();
      return me;
    },
    staleTime: Number.POSITIVE_INFINITY,
  });

  useEffect(() => {
    setUnauthenticatedHandler(() => {
      setCsrfToken(null);
      qc.setQueryData(sessionKeys.me, null);
      void clearPrivateCaches();
    });
  }, [qc]);

  const value: SessionValue = {
    me: query.data ?? null,
    loading: query.isLoading,
    refresh: async () => {
      await qc.invalidateQueries({ queryKey: sessionKeys.me });
    },
    logout: async () => {
      try {
        await logout();
      } finally {
        setCsrfToken(null);
        await clearPrivateCaches();
        // Keep the ['me'] query (its observer drives the whole app) and drop everyone else's data.
        qc.setQueryData(sessionKeys.me, null);
        qc.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionKeys.me[0] });
      }
    },
  };
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const v = useContext(SessionContext);
  if (!v) throw new Error('useSession outside SessionProvider');
  return v;
}

/** The signed-in user (only inside the authenticated shell). */
export function useMe(): Me {
  const { me } = useSession();
  if (!me) throw new Error('useMe without a session');
  return me;
}
