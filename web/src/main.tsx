import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { ApiError } from './api/client.ts';
import { fetchHome, homeKeys } from './features/home/api.ts';
import { registerServiceWorker } from './pwa.ts';
import { AppRoutes } from './routes.tsx';

dayjs.locale('vi');

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
    <ConfigProvider
      locale={viVN}
      theme={{
        token: { colorPrimary: '#b71c1c', fontFamily: "'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif" },
      }}
    >
      {/* antd's App (messages, dialogs) wraps each page instead: routes.tsx, shell/PageApp.tsx. */}
      <QueryClientProvider client={queryClient}>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </QueryClientProvider>
    </ConfigProvider>
  </StrictMode>,
);
