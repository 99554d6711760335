/** "@Bot why does Uzbekistan skip SCO exercises?" in a channel, or any message in a DM, gets the same answer. */
import { ChannelType, type Client, type Message } from 'discord.js';
import { askedOfShownText, commandMentions, notice, presentAnswer, presentNotCovered, type ReplyPayload, withDeleteButton } from '../present/discord.js';
import { cleanQuestion } from '../question.js';
import { answerFollowUp, type Asks, type Turn, yearShown } from '../search/followup.js';
import type { BotContext } from './context.js';
import { rememberQuestion } from './buttons.js';
import { helpHere } from './commands/help.js';
import { asksHowToUse } from '../nlp/unasked.js';
import { commands } from './commands/index.js';
import { editAnswer, editedQuestions } from './edits.js';
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
  const aboutShown = askedOfShownText(asks, answer, commandMentions(ctx.commandIds), asks === 'checked' ? yearShown(ctx.engine, answer) : null);
  if (aboutShown !== null) return notice(aboutShown);
  if (answer.results.length === 0) return presentNotCovered(ctx.engine.topics(), answer);
  return presentAnswer(answer, ctx.engine.topics(), { page: 0, ephemeral: false, offerThread });
}

/** A slash command typed into a message ("/cite iii"): its name and what follows it. */
const SLASH_TYPED = /^\s*\/([a-z][a-z-]*)\b\s*(.*)$/is;

/** Where the answer to a message went, and the thread's turns it was answered after (null outside the bot's threads). */
interface MentionReply {
  messageId: string;
  turns: Turn[] | null;
}

/** How a message addresses the bot: a typed mention or a DM, only a reply to one of its messages, or an edit of one it answered. */
type Addressed = 'mention' | 'reply' | 'edit';

/** What the bot replies to `question`, asked in `message` after the thread's `turns`; null to leave it alone. */
async function replyTo(message: Message, typed: string, turns: Turn[] | null, addressed: Addressed, ctx: BotContext): Promise<ReplyPayload | null> {
  // "@Bot /ask why…" asks what follows; "@Bot /cite iii" names a slash command, which a message cannot run: said how.
  const [, name = '', rest = ''] = SLASH_TYPED.exec(typed) ?? [];
  const command = name.toLowerCase();
  if (command !== 'ask' && commands.has(command)) return notice(`${commandMentions(ctx.commandIds)(command)} is a slash command: type / in the message box and pick it from the list${rest ? `, then give it “${rest}”` : ''}.`);
  const question = command === 'ask' ? rest : typed;
  if (asksHowToUse(question)) return helpHere(ctx, true, (id) => message.guild?.channels.cache.has(id) ?? false);
  // A reply to an answer that does not ask anything ("thanks!", "see this, Sam") is between members: no prompt to ask.
  // In the bot's own discussion thread a reply is a follow-up ("and when was that?", "tell me more"); elsewhere it must
  // read as a question. An edit into something that asks nothing leaves the answer as it was.
  const leftIfChat = addressed !== 'mention';
  if (addressed === 'edit' && question.trim() === '') return null;
  if (leftIfChat && turns === null && addressed === 'reply' && !looksLikeQuestion(question)) return null;
  // Small talk is told before the cooldown is taken; the answer that tells it is the one given.
  const alone = leftIfChat && turns === null ? ctx.engine.answer(question) : null;
  if (alone?.unasked === 'chat') return null;
  let asks = 'question' as Asks;
  let turn: Turn | null = null;
  const outcome = askQuestion(ctx, message.author.id, question, turns === null ? (alone ? () => alone : undefined) : (q) => {
    const followed = answerFollowUp(ctx.engine, q, turns);
    turn = followed.turn;
    asks = followed.asks;
    return followed.answer;
  });
  if (leftIfChat && outcome.kind === 'answered' && outcome.answer.unasked === 'chat') return null;
  if (turn) void ctx.store.addThreadTurn(message.channel.id, message.author.id, turn);
  if (outcome.kind === 'answered') await rememberQuestion(ctx, outcome.answer);
  return mentionReply(ctx, outcome, asks, threadsWorkOn(message));
}

export interface Mentions {
  /** A message posted: answered when it mentions the bot, replies to one of its messages, or is a DM. */
  answer(message: Message): Promise<void>;
  /** A message edited: the answer to it edited to answer the new question, within a minute of its being posted. */
  edited(message: Message): Promise<void>;
}

export function createMentions(ctx: BotContext, client: Client): Mentions {
  const edits = editedQuestions<MentionReply>();
  /** The bot's own id, once connected. */
  const me = (): string => client.user!.id;
  const fromMember = (message: Message) => !message.author.bot && !message.system && message.author.id !== me();

  const send = async (message: Message, question: string): Promise<MentionReply | null> => {
    // In a thread the bot started, a question follows on from the thread's earlier ones; so it does in a DM, which is
    // one conversation ("tell me more" after an answer there had been told to ask in a thread, which DMs do not have).
    const turns = message.channel.isThread() ? await ctx.store.threadTurns<Turn>(message.channel.id) : message.channel.type === ChannelType.DM ? ((await ctx.store.threadTurns<Turn>(message.channel.id)) ?? []) : null;
    const payload = await replyTo(message, question, turns, repliesOnly(message, me()) ? 'reply' : 'mention', ctx);
    if (payload === null) return null;
    const started = performance.now();
    // A reply to a message is public whatever the payload says; the member who asked may delete it.
    const sent = await message.reply(messageOptions(withDeleteButton({ ...payload, ephemeral: false }, message.author.id)));
    const ms = performance.now() - started;
    if (ms > SLOW_MS) ctx.logger.warn({ message: message.id, channel: message.channelId, ms: Math.round(ms) }, 'slow reply');
    return { messageId: sent.id, turns };
  };

  return {
    async answer(message) {
      if (!fromMember(message)) return;
      const question = questionIn(message, me());
      // A message left unanswered is remembered too: edited into a question within the minute, it is answered then;
      // so is one that does not address the bot, until a mention is added to it ("What is RATS?" edited into
      // "@Bot What is RATS?").
      await edits.posted(message, question, question === null ? Promise.resolve(null) : send(message, question));
    },
    async edited(message) {
      if (!fromMember(message)) return;
      // An edit that removes the mention is no longer addressed to the bot: the answer stands.
      await edits.edited(message, questionIn(message, me()), async (question, previous) => {
        if (!previous.reply) return { question, reply: await send(message, question) };
        // Answered as it would have been in its place: after the thread's turns the first answer followed.
        const payload = await replyTo(message, question, previous.reply.turns, 'edit', ctx);
        if (payload === null) return previous;
        await editAnswer(client, message.channelId, previous.reply.messageId, payload, message.author.id);
        ctx.logger.info({ event: 'answer edited', message: message.id }, 'question edited; answer edited');
        return { question, reply: previous.reply };
      });
    },
  };
}
