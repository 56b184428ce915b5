// Pages no extension may script, and pages that are not HTML stories.

const RESTRICTED_SCHEMES = /^(?:chrome|chrome-extension|chrome-search|chrome-untrusted|devtools|edge|brave|opera|vivaldi|about|moz-extension|resource|view-source|data|javascript|blob):/i;
const STORE_HOSTS = [
  'chromewebstore.google.com',
  'chrome.google.com/webstore',
  'addons.mozilla.org',
  'microsoftedge.microsoft.com/addons',
];
const PDF_PATH = /\.pdf(?:$|[?#])/i;

export type PageAccess = 'ok' | 'restricted' | 'pdf';

/** Whether the popup may inject into a page at `url` (undefined: not known, so try). */
export function pageAccess(url: string | undefined): PageAccess {
  if (!url) return 'ok';
  if (RESTRICTED_SCHEMES.test(url)) return 'restricted';
  const bare = url.replace(/^https?:\/\//i, '');
  if (STORE_HOSTS.some((store) => bare.startsWith(store))) return 'restricted';
  if (PDF_PATH.test(url)) return 'pdf';
  return 'ok';
}
