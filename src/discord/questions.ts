/** The one path every question takes, from a slash command or a mention: cooldown, engine, log line. */
import { EMPHASIS } from '../present/discord.js';
import { prefix } from '../present/limits.js';
import { asksOn } from '../search/followup.js';
import type { Answer } from '../search/types.js';
import type { BotContext } from './context.js';

/** Words a question in English starts with: interrogatives, auxiliaries, and requests ("explain …"). */
const QUESTION_START = /^(?:what|what's|whats|why|how|when|where|who|whom|whose|which|is|are|was|were|am|do|does|did|can|could|should|would|will|shall|may|might|has|have|had|isn't|aren't|doesn't|don't|didn't|tell me|explain|describe|list|name|compare|summari[sz]e)\b/i;

/** What may open a line before its first word: a quote, a heading, a list marker, an inverted question mark. */
const LEAD = /^[\s\p{P}\p{S}]+/u;
/** A question mark with nothing after it but marks and emoji ("RATS?!", "RATS? 🤔"). */
const ENDS_ASKING = /\?[\s\p{P}\p{S}\p{M}\p{Cf}]*$/u;

/**
 * Whether a message posted in an answer channel asks something: it ends with a question mark, or starts as a
 * question does ("why does…", "is there…", "explain…"), read without Discord's markdown ("**What is RATS?**",
 * "> why…") and with emoji after the mark. Chat ("thanks!", "I agree") is left alone.
 */
export function looksLikeQuestion(text: string): boolean {
  const plain = text.replace(EMPHASIS, '').replace(LEAD, '');
  const words = plain.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  if (ENDS_ASKING.test(plain)) return words > 0;
  return words > 1 && QUESTION_START.test(plain);
}

/** The reply to "why?", "tell me more" where no earlier question is in view. */
export const ASKS_ON_NOTHING =
  'That follows on from an earlier question, which I don’t see here. Ask it whole (for example: why does Uzbekistan skip SCO exercises?), or ask it in a discussion thread on an answer (🧵 Discuss in thread), where I follow the conversation.';

export type Asked = { kind: 'answered'; answer: Answer } | { kind: 'refused'; message: string };

/** `answerWith` answers in a context (a thread's earlier turns); by default the engine answers the question alone. */
export function askQuestion(ctx: BotContext, userId: string, question: string, answerWith: (question: string) => Answer = (q) => ctx.engine.answer(q)): Asked {
  if (question.trim() === '') return { kind: 'refused', message: 'Ask a question about the paper, for example: why does Uzbekistan skip SCO exercises?' };
  const wait = ctx.cooldown.take(userId);
  if (wait > 0) return { kind: 'refused', message: `Slow down — you can ask again in ${wait} s.` };
  const start = process.hrtime.bigint();
  const answer = answerWith(question);
  const latencyMs = Number(process.hrtime.bigint() - start) / 1e6;
  // Off the reply path; the store logs a write it cannot make.
  if (answer.results.length === 0 && !answer.unasked) void ctx.store.abstained(userId, question);
  ctx.logger.info({ event: 'question', question: prefix(question, 300), latencyMs: Math.round(latencyMs * 1000) / 1000, top: answer.results[0]?.id ?? null, results: answer.results.length }, 'question answered');
  // "and why?" with no earlier question in view (a command, a DM, a channel): not small talk, so say how to ask it.
  if (answer.unasked === 'chat' && asksOn(ctx.engine, question)) return { kind: 'refused', message: ASKS_ON_NOTHING };
  return { kind: 'answered', answer };
}
