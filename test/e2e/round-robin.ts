/**
 * The load balancer of the HTTP-mode tests: /ask interactions, each followed by a vote on its answer (and, every
 * so often, a quiz started and answered), sent round-robin to two workers, the second answered by the worker that
 * did not send the message. Halfway, `kill` stops worker B; from then on, and for a connection refused, requests
 * go to worker A, as a balancer's health check does. Requests in flight to B at the kill are lost and counted.
 */
import type { FakeDiscord, HttpAnswer, InteractionCallback } from './fake-discord.js';

export interface RoundRobinRun {
  asks: number;
  asksLost: number;
  /** Votes answered "noted" and saved; queued behind a lock (SQLite only); lost in flight. */
  votesSaved: number;
  votesQueued: number;
  votesLost: number;
  /** Quiz answers counted, and lost in flight (a start or an answer). */
  quizCounted: number;
  quizLost: number;
  /** Requests lost, as `worker:token`, and those in flight to worker B when it was killed. */
  lost: string[];
  inFlightAtKill: Set<string>;
  /** Every answer received, by interaction token. */
  answers: Map<string, HttpAnswer>;
}

const [A, B] = [0, 1];
const buttonId = (callback: InteractionCallback, label: RegExp): string => callback.data!.components!.flatMap((row) => row.components).find((b) => label.test(b.label ?? ''))!.custom_id!;

export async function roundRobin(server: FakeDiscord, urls: [string, string], kill: () => void, options: { asks: number; quizEvery?: number; concurrency?: number }): Promise<RoundRobinRun> {
  const { asks, quizEvery = 0, concurrency = 8 } = options;
  const run: RoundRobinRun = { asks, asksLost: 0, votesSaved: 0, votesQueued: 0, votesLost: 0, quizCounted: 0, quizLost: 0, lost: [], inFlightAtKill: new Set(), answers: new Map() };
  let killed = false;
  const inFlight = new Set<string>();
  const send = async (worker: number, interaction: Record<string, unknown>): Promise<HttpAnswer | null> => {
    const token = String(interaction.token);
    const target = killed && worker === B ? A : worker;
    inFlight.add(`${target}:${token}`);
    try {
      const answer = await server.postInteraction(urls[target]!, interaction).catch((error: unknown) => {
        // Refused: it never reached a worker, so the balancer may send it elsewhere.
        if ((error as { cause?: { code?: string } }).cause?.code === 'ECONNREFUSED') return server.postInteraction(urls[A]!, interaction);
        throw error;
      });
      run.answers.set(token, answer);
      return answer;
    } catch {
      run.lost.push(`${target}:${token}`);
      return null;
    } finally {
      inFlight.delete(`${target}:${token}`);
    }
  };
  const one = async (i: number): Promise<void> => {
    const { interaction } = server.chatInput('ask', { question: i % 2 ? 'What is RATS?' : 'why does Uzbekistan skip SCO exercises?' }, server.user(`load${i}`));
    const asked = await send(i % 2, interaction);
    if (!asked) {
      run.asksLost += 1;
      return;
    }
    const vote = server.click(asked.body.message!, buttonId(asked.body, /^Helpful/), server.user(`voter${i}`));
    const said = (await send((i + 1) % 2, vote.interaction))?.body.data?.content;
    if (said === undefined) run.votesLost += 1;
    else if (/^Thanks — noted 👍 for passage \S+\.$/.test(said)) run.votesSaved += 1;
    else if (/^Thanks — noted 👍 .* not saved yet/.test(said)) run.votesQueued += 1;
    if (quizEvery > 0 && i % quizEvery === 0) {
      const started = await send(i % 2, server.chatInput('quiz', {}, server.user(), {}, 'start').interaction);
      const answer = started && (await send((i + 1) % 2, server.click(started.body.message!, buttonId(started.body, /./), server.user(`quizzer${i}`)).interaction));
      if (!answer) run.quizLost += 1;
      else if (/^(✅ Right|❌ Not quite): it is \*\*/.test(answer.body.data?.content ?? '')) run.quizCounted += 1;
    }
  };
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < asks) {
      const i = next++;
      if (i === asks / 2 && !killed) {
        run.inFlightAtKill = new Set([...inFlight].filter((key) => key.startsWith(`${B}:`)));
        killed = true;
        kill();
      }
      await one(i);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  return run;
}
