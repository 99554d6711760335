/** The one path every question takes, from a slash command or a mention: cooldown, engine, log line. */
import type { Answer } from '../search/types.js';
import type { BotContext } from './context.js';

export type Asked = { kind: 'answered'; answer: Answer } | { kind: 'refused'; message: string };

/** `answerWith` answers in a context (a thread's earlier turns); by default the engine answers the question alone. */
export function askQuestion(ctx: BotContext, userId: string, question: string, answerWith: (question: string) => Answer = (q) => ctx.engine.answer(q)): Asked {
  if (question.trim() === '') return { kind: 'refused', message: 'Ask a question about the paper, for example: why does Uzbekistan skip SCO exercises?' };
  const wait = ctx.cooldown.take(userId);
  if (wait > 0) return { kind: 'refused', message: `Slow down — you can ask again in ${wait} s.` };
  const start = process.hrtime.bigint();
  const answer = answerWith(question);
  const latencyMs = Number(process.hrtime.bigint() - start) / 1e6;
  if (answer.results.length === 0) ctx.store.abstained(userId, question);
  ctx.logger.info({ event: 'question', question: question.slice(0, 300), latencyMs: Math.round(latencyMs * 1000) / 1000, top: answer.results[0]?.id ?? null, results: answer.results.length }, 'question answered');
  return { kind: 'answered', answer };
}
