import { useEffect, useState } from 'react';

/** The dashboard's pages; the path is the page, so every page can be bookmarked and reloaded. */
export type Route =
  | { page: 'usage' }
  | { page: 'board' }
  | { page: 'plan' }
  | { page: 'invoices'; invoiceId?: string }
  | { page: 'billing' };

export function parseRoute(path: string): Route {
  if (path.startsWith('/board')) return { page: 'board' };
  if (path.startsWith('/plan')) return { page: 'plan' };
  if (path.startsWith('/settings/billing')) return { page: 'billing' };
  const invoice = /^\/invoices(?:\/([^/]+))?/.exec(path);
  if (invoice)
    return invoice[1]
      ? { page: 'invoices', invoiceId: decodeURIComponent(invoice[1]) }
      : { page: 'invoices' };
  return { page: 'usage' };
}

export function pathOf(route: Route): string {
  if (route.page === 'invoices' && route.invoiceId) return `/invoices/${encodeURIComponent(route.invoiceId)}`;
  if (route.page === 'billing') return '/settings/billing';
  return route.page === 'usage' ? '/' : `/${route.page}`;
}

export function navigate(path: string): void {
  if (window.location.pathname === path) return;
  window.history.pushState(null, '', path);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.pathname));
  useEffect(() => {
    const update = () => setRoute(parseRoute(window.location.pathname));
    window.addEventListener('popstate', update);
    return () => window.removeEventListener('popstate', update);
  }, []);
  return route;
}
