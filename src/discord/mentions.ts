/** "@Bot why does Uzbekistan skip SCO exercises?" in a channel, or any message in a DM, gets the same answer. */
import { ChannelType, type Client, type Message } from 'discord.js';
import { askedOfShownText, commandMentions, notice, presentAnswer, presentNotCovered, type ReplyPayload, withDeleteButton } from '../present/discord.js';
import { cleanQuestion } from '../question.js';
import { answerFollowUp, type Asks, type Turn } from '../search/followup.js';
import type { BotContext } from './context.js';
import { rememberQuestion } from './buttons.js';
import { asksForHelp, helpHere } from './commands/help.js';
import { type Asked, askQuestion, looksLikeQuestion } from './questions.js';
import { threadCanStart } from './reach.js';
import { messageOptions } from './respond.js';
import { SLOW_MS } from './router.js';

/**
 * The question in a message to the bot, without the mention that addressed it; null if not addressed to it. A reply
 * to one of the bot's messages pings it (Discord lists it among the mentions) without the mention in the text.
 */
export function questionIn(message: Pick<Message, 'content' | 'channel' | 'mentions'>, botId: string): string | null {
  const direct = message.channel.type === ChannelType.DM;
  if (!direct && !new RegExp(`<@!?${botId}>`).test(message.content) && !message.mentions.users.has(botId)) return null;
  return cleanQuestion(message.content);
}

/**
 * Whether the message addresses the bot only by replying to one of its messages (Discord pings the author of the message
 * replied to): no mention typed, not a DM. Members reply to an answer to talk about it with one another as often as to
 * ask the bot more.
 */
function repliesOnly(message: Pick<Message, 'content' | 'channel'>, botId: string): boolean {
  return message.channel.type !== ChannelType.DM && !new RegExp(`<@!?${botId}>`).test(message.content);
}

/** A discussion thread can be opened on a reply to this message: the bot's own permissions in its channel allow it. */
function threadsWorkOn(message: Message): boolean {
  const me = message.guild?.members.me ?? null;
  return message.inGuild() && me !== null && threadCanStart(message.channel.type, message.channel.permissionsFor(me)?.bitfield ?? null);
}

/** The reply to a mention: a refusal, what a thread's follow-up asks of the answer above it, or the answer. */
function mentionReply(ctx: BotContext, outcome: Asked, asks: Asks, offerThread: boolean): ReplyPayload {
  if (outcome.kind === 'refused') return notice(outcome.message);
  const { answer } = outcome;
  // "tell me more" where the answer above has every passage, "source?" where its passage cites none: said, not repeated.
  const aboutShown = askedOfShownText(asks, answer, commandMentions(ctx.commandIds));
  if (aboutShown !== null) return notice(aboutShown);
  if (answer.results.length === 0) return presentNotCovered(ctx.engine.topics(), answer.missing, answer.unasked);
  return presentAnswer(answer, ctx.engine.topics(), { page: 0, ephemeral: false, offerThread });
}

export async function handleMessage(message: Message, client: Client<true>, ctx: BotContext): Promise<void> {
  if (message.author.bot || message.author.id === client.user.id) return;
  const question = questionIn(message, client.user.id);
  if (question === null) return;
  if (asksForHelp(question)) {
    const help = helpHere(ctx, true, (id) => message.guild?.channels.cache.has(id) ?? false);
    await message.reply(messageOptions(withDeleteButton({ ...help, ephemeral: false }, message.author.id)));
    return;
  }
  // In a thread the bot started, a question follows on from the thread's earlier ones.
  const turns = message.channel.isThread() ? await ctx.store.threadTurns<Turn>(message.channel.id) : null;
  // A reply to an answer that does not ask anything ("thanks!", "see this, Sam") is between members: no prompt to ask.
  // In the bot's own discussion thread a reply is a follow-up ("and when was that?", "tell me more"); elsewhere it must
  // read as a question.
  const replyOnly = repliesOnly(message, client.user.id);
  if (replyOnly && turns === null && (!looksLikeQuestion(question) || ctx.engine.answer(question).unasked === 'chat')) return;
  let asks = 'question' as Asks;
  const outcome = askQuestion(ctx, message.author.id, question, turns === null ? undefined : (q) => {
    const followed = answerFollowUp(ctx.engine, q, turns);
    void ctx.store.addThreadTurn(message.channel.id, message.author.id, followed.turn);
    asks = followed.asks;
    return followed.answer;
  });
  if (replyOnly && outcome.kind === 'answered' && outcome.answer.unasked === 'chat') return;
  if (outcome.kind === 'answered') await rememberQuestion(ctx, outcome.answer);
  const payload = mentionReply(ctx, outcome, asks, threadsWorkOn(message));
  const started = performance.now();
  // A reply to a message is public whatever the payload says; the member who asked may delete it.
  await message.reply(messageOptions(withDeleteButton({ ...payload, ephemeral: false }, message.author.id)));
  const ms = performance.now() - started;
  if (ms > SLOW_MS) ctx.logger.warn({ message: message.id, channel: message.channelId, ms: Math.round(ms) }, 'slow reply');
}
