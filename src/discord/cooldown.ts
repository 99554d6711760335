/** Per-user rate limit over a sliding window: a few questions per short window, then "slow down". */
export interface Cooldown {
  /** Records a question from `userId`; returns 0 when allowed, else the seconds until the next is. */
  take(userId: string, now?: number): number;
  /** How many users it holds: those whose latest allowed question is inside the window. */
  readonly size: number;
}

/**
 * Each allowed question also joins a queue in time order; every question first takes from the front of the queue
 * those that have left the window, forgetting a user when their latest one leaves. O(1) amortised per question
 * however many users there are (a Map iterated from its front would not do: V8 walks over the deleted entries).
 */
export function createCooldown(questions: number, windowSeconds: number): Cooldown {
  const windowMs = windowSeconds * 1000;
  const asked = new Map<string, number[]>();
  const queuedUsers: string[] = [];
  const queuedTimes: number[] = [];
  let head = 0;
  return {
    take(userId, now = Date.now()) {
      for (; head < queuedTimes.length && now - queuedTimes[head]! >= windowMs; head += 1) {
        const times = asked.get(queuedUsers[head]!);
        if (times?.[times.length - 1] === queuedTimes[head]) asked.delete(queuedUsers[head]!);
      }
      if (head > 1024 && head * 2 > queuedTimes.length) {
        queuedUsers.splice(0, head);
        queuedTimes.splice(0, head);
        head = 0;
      }
      const recent = (asked.get(userId) ?? []).filter((time) => now - time < windowMs);
      if (recent.length >= questions) {
        asked.set(userId, recent);
        return Math.max(1, Math.ceil((recent[0]! + windowMs - now) / 1000));
      }
      recent.push(now);
      asked.set(userId, recent);
      queuedUsers.push(userId);
      queuedTimes.push(now);
      return 0;
    },
    get size() {
      return asked.size;
    },
  };
}
