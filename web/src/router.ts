import { useEffect, useState } from 'react';

/** The dashboard's pages; the path is the page, so every page can be bookmarked and reloaded. */
export type Route =
  | { page: 'usage' }
  | { page: 'board' }
  | { page: 'plan' }
  | { page: 'invoices'; invoiceId?: string }
  | { page: SettingsPage };

/** The settings pages, in the order of the settings navigation; billing details come first. */
export const settingsPages = [
  'billing',
  'apiKeys',
  'messaging',
  'webhooks',
  'properties',
  'alerts',
  'import',
] as const;
export type SettingsPage = (typeof settingsPages)[number];

const settingsPaths: Record<SettingsPage, string> = {
  billing: '/settings/billing',
  apiKeys: '/settings/api-keys',
  messaging: '/settings/messaging',
  webhooks: '/settings/webhooks',
  properties: '/settings/properties',
  alerts: '/settings/alerts',
  import: '/settings/import',
};

export function isSettingsPage(page: Route['page']): page is SettingsPage {
  return (settingsPages as readonly string[]).includes(page);
}

export function parseRoute(path: string): Route {
  if (path.startsWith('/board')) return { page: 'board' };
  if (path.startsWith('/plan')) return { page: 'plan' };
  if (path === '/settings' || path.startsWith('/settings/')) {
    const page = settingsPages.find((candidate) => path.startsWith(settingsPaths[candidate]));
    return { page: page ?? 'billing' };
  }
  const invoice = /^\/invoices(?:\/([^/]+))?/.exec(path);
  if (invoice)
    return invoice[1]
      ? { page: 'invoices', invoiceId: decodeURIComponent(invoice[1]) }
      : { page: 'invoices' };
  return { page: 'usage' };
}

export function pathOf(route: Route): string {
  if (route.page === 'invoices' && route.invoiceId) return `/invoices/${encodeURIComponent(route.invoiceId)}`;
  if (isSettingsPage(route.page)) return settingsPaths[route.page];
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
