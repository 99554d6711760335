/**
 * Reading a corpus file so that no file can hang or exhaust the process: only regular files are opened (a FIFO
 * named `*.md` would block the open for ever, a link to /dev/zero would never end), and none larger than the
 * limit is read. Kept apart from the parsers so the index cache can use it without loading them.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, type Stats, statSync } from 'node:fs';
import { CorpusError } from './errors.js';

/** Largest corpus file read, in MB, when CORPUS_MAX_FILE_MB does not say. */
export const DEFAULT_MAX_FILE_MB = 20;

const MB = 1024 * 1024;

/** What a file that is not a regular file is, in words. */
function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

function check(file: string, stats: Stats, maxFileMb: number): void {
  if (!stats.isFile()) {
    let link = '';
    try {
      if (lstatSync(file).isSymbolicLink()) link = 'a link to ';
    } catch {
      // the kind of the target is enough
    }
    throw new CorpusError(file, null, `the file is ${link}${kindOf(stats)}, not a regular file, so it is not read`, 'corpus files must be regular files: remove it, or put the document itself there');
  }
  if (stats.size > maxFileMb * MB) tooLarge(file, stats.size, maxFileMb);
}

function tooLarge(file: string, bytes: number, maxFileMb: number): never {
  throw new CorpusError(
    file,
    null,
    `the file is ${(bytes / MB).toFixed(1)} MB, more than CORPUS_MAX_FILE_MB allows (${maxFileMb} MB)`,
    'split the document into smaller files, or raise CORPUS_MAX_FILE_MB',
  );
}

/**
 * The bytes of a corpus file, or a CorpusError naming the file and the problem: not there or not readable, not a
 * regular file, or larger than `maxFileMb`. The file is checked before it is opened, opened without blocking,
 * and checked again once open (it may have been swapped in between). Read into `scratch` when it is large enough
 * (the bytes are then a view of it, good until the next read into it): the index cache's check of a thousand files
 * then takes no fresh memory for each.
 */
export function readCorpusFile(file: string, maxFileMb: number = DEFAULT_MAX_FILE_MB, scratch?: Buffer): Buffer {
  let fd: number | null = null;
  try {
    check(file, statSync(file), maxFileMb);
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const stats = fstatSync(fd);
    check(file, stats, maxFileMb);
    // One byte more than the limit allows: a file that grew past it since is refused, not read without end.
    const size = Math.min(stats.size, maxFileMb * MB) + 1;
    const buffer = scratch && scratch.length >= size ? scratch.subarray(0, size) : Buffer.alloc(size);
    let length = 0;
    while (length < buffer.length) {
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    if (length > maxFileMb * MB) tooLarge(file, length, maxFileMb);
    return buffer.subarray(0, length);
  } catch (error) {
    if (error instanceof CorpusError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new CorpusError(file, null, `the file cannot be read (${code})`, 'check that it exists and that this user may read it');
  } finally {
    if (fd !== null) closeSync(fd);
  }
}
