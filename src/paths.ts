import { existsSync, mkdirSync, statSync } from 'node:fs';
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

/**
 * Makes a folder and any missing folders above it. Not `mkdirSync(dir, { recursive: true })`: Node's retries forever
 * where a folder cannot be made in one that exists ("/proc/nope": ENOENT again and again), which froze a start given
 * such a cache folder. Throws the system's error (ENOENT, ENOTDIR, EACCES…) for a folder it cannot make.
 */
export function makeDirectory(dir: string): void {
  const missing: string[] = [];
  for (let at = resolve(dir); !existsSync(at); at = dirname(at)) {
    missing.unshift(at);
    if (dirname(at) === at) break;
  }
  for (const folder of missing) {
    try {
      mkdirSync(folder);
    } catch (error) {
      // Made meanwhile by another process starting too: as good as made here.
      if ((error as { code?: string }).code !== 'EEXIST' || !statSync(folder).isDirectory()) throw error;
    }
  }
}
