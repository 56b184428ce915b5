// The language chunks outside the browser: built from the installed packages, in memory,
// once per process (the extension ships the same chunks as files, built by npm run build).
import type { ChunkReader } from '../src/language/language-data.ts';
import { buildChunk } from '../scripts/language-data.ts';

const built = new Map<string, unknown>();

export const readChunkFromPackages: ChunkReader = async (name) => {
  if (!built.has(name)) built.set(name, buildChunk(name));
  return built.get(name) ?? null;
};
