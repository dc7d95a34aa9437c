// Entry point of the C-981 web app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { ApiError, onUnauthenticated } from './api/client.js';
import { DialogProvider } from './components/Dialogs.js';
import { createAppRouter } from './router.js';
import './styles.css';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 15_000,
      refetchOnWindowFocus: false,
      // Client errors (403, 404, validation) will not fix themselves: show them at once.
      retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
    },
  },
});
const router = createAppRouter(queryClient);

// A session that ended (idle timeout, sign-out elsewhere) sends the user to sign in again,
// back to the same page afterwards.
onUnauthenticated(() => {
  queryClient.removeQueries({ queryKey: ['me'] });
  const here = router.state.location.href;
  if (router.state.location.pathname !== '/login') void router.navigate({ to: '/login', search: { redirect: here } });
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <DialogProvider>
        <RouterProvider router={router} />
      </DialogProvider>
    </QueryClientProvider>
  </StrictMode>,
);
