// storage.session as a Map, for tests of the worker's per-tab cache: values are cloned
// going in and coming out, as the browser stores them.
export const sessionStore = new Map<string, unknown>();

export const fakeSessionBrowser = {
  storage: {
    session: {
      get: async (key: string) => (sessionStore.has(key) ? { [key]: structuredClone(sessionStore.get(key)) } : {}),
      set: async (items: Record<string, unknown>) => {
        for (const [key, value] of Object.entries(items)) sessionStore.set(key, structuredClone(value));
      },
      remove: async (keys: string[]) => {
        for (const key of keys) sessionStore.delete(key);
      },
    },
  },
};
