/** A store that cannot be opened: the message says what to do. */
export class StoreError extends Error {}

/** What SQLite says when another connection holds the lock it needs: a reason to wait, not to give up. */
export function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && /^SQLITE_(BUSY|LOCKED)/.test(code);
}
