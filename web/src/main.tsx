import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { ApiError } from './api/client.ts';
import { fetchHome, homeKeys } from './features/home/api.ts';
import { registerServiceWorker } from './pwa.ts';
import { AppRoutes } from './routes.tsx';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: (count, err) => !(err instanceof ApiError && err.status < 500) && count < 2,
      refetchOnWindowFocus: false,
      staleTime: 15_000,
    },
  },
});

// The home is what opens first: ask for it now, beside the session, not after it (one round trip
// less on a slow phone). A visitor who is not signed in gets 401 here and the login page. Forms'
// zod messages are configured by domain/validation.ts, which every schema imports.
if (window.location.pathname === '/') {
  void queryClient.prefetchQuery({ queryKey: homeKeys.all, queryFn: fetchHome });
}
registerServiceWorker();

const root = document.getElementById('root');
if (!root) throw new Error('#root missing');
createRoot(root).render(
  <StrictMode>
    {/* No antd here: its theme, locale and App wrap each page and menu instead (shell/Themed.tsx,
        shell/PageApp.tsx), so a phone's first screen loads none of antd's code. */}
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </QueryClientProvider>
  </StrictMode>,
);
