import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder holding package.json, found from this file whether it runs from src/ or from dist/src/. */
function findProjectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
  return dir;
}

export const projectRoot = findProjectRoot();

/** The corpus folder: CORPUS_DIR when set (relative to the working directory), else the project's corpus/. */
export function corpusDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.CORPUS_DIR ? resolve(env.CORPUS_DIR) : join(projectRoot, 'corpus');
}

/** The index cache folder: INDEX_CACHE_DIR when set ("off" for none), else the project's .cache/. */
export function indexCacheDir(env: NodeJS.ProcessEnv = process.env): string | null {
  const value = env.INDEX_CACHE_DIR?.trim();
  if (value === 'off') return null;
  return value ? resolve(value) : join(projectRoot, '.cache');
}
