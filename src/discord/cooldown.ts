/** Per-user rate limit over a sliding window: a few questions per short window, then "slow down". */
export interface Cooldown {
  /** Records a question from `userId`; returns 0 when allowed, else the seconds until the next is. */
  take(userId: string, now?: number): number;
}

export function createCooldown(questions: number, windowSeconds: number): Cooldown {
  const windowMs = windowSeconds * 1000;
  const asked = new Map<string, number[]>();
  return {
    take(userId, now = Date.now()) {
      const recent = (asked.get(userId) ?? []).filter((time) => now - time < windowMs);
      if (recent.length >= questions) {
        asked.set(userId, recent);
        return Math.max(1, Math.ceil((recent[0]! + windowMs - now) / 1000));
      }
      recent.push(now);
      asked.set(userId, recent);
      // Forget users who have gone quiet, so the map does not grow without end.
      if (asked.size > 10_000) for (const [id, times] of asked) if (now - times[times.length - 1]! >= windowMs) asked.delete(id);
      return 0;
    },
  };
}
