/** A corpus file the engine cannot serve, with where it went wrong and what to do about it. */
export class CorpusError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly problem: string,
    readonly fix: string,
  ) {
    super(`${line === null ? file : `${file}:${line}`}: ${problem}. Fix: ${fix}`);
    this.name = 'CorpusError';
  }
}
