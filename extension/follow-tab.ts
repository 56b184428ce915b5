import browser from 'webextension-polyfill';

/**
 * What "Follow the active tab" asks for: the optional host permissions of the manifest. The
 * shipped manifest requires none; the reader grants these at run time and can give them back.
 */
export const FOLLOW_ORIGINS = ['http://*/*', 'https://*/*'];

/** Asks the browser (a prompt to the reader). Call it straight from the reader's click. */
export function requestFollowPermission(): Promise<boolean> {
  return browser.permissions.request({ origins: FOLLOW_ORIGINS });
}

export function hasFollowPermission(): Promise<boolean> {
  return browser.permissions.contains({ origins: FOLLOW_ORIGINS }).catch(() => false);
}

export function releaseFollowPermission(): Promise<boolean> {
  return browser.permissions.remove({ origins: FOLLOW_ORIGINS }).catch(() => false);
}
