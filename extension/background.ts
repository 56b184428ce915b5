import browser from 'webextension-polyfill';
import { dropCachedDigest } from './digest-cache.ts';

// A digest belongs to one URL of one tab: navigation (SPA pushState included)
// and closing the tab drop it.
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.url) void dropCachedDigest(tabId);
});
browser.tabs.onRemoved.addListener((tabId) => {
  void dropCachedDigest(tabId);
});
