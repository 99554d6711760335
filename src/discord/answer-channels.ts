/**
 * Answer channels (ANSWER_CHANNELS): a question posted in one of them is answered without a mention — a text
 * channel's message in a thread started under it, a forum post in the post itself. Chat that asks nothing, the
 * bot's own messages and other bots' are left alone; the cooldown applies. A question edited within a minute is
 * answered again by editing the answer.
 */
import type { Client, Message } from 'discord.js';
import { notice, presentAnswer, presentNotCovered, threadName, withDeleteButton } from '../present/discord.js';
import { answerFollowUp, type Turn } from '../search/followup.js';
import { rememberQuestion } from './buttons.js';
import type { BotContext } from './context.js';
import { cleanQuestion } from '../question.js';
import { editAnswer, editedQuestions } from './edits.js';
import { askQuestion, looksLikeQuestion } from './questions.js';
import { messageOptions } from './respond.js';

/** Where the answer to a message went: the message to edit, and the thread it opened, if any. */
interface Reply {
  channelId: string;
  messageId: string;
  threadId: string | null;
}

export interface AnswerChannels {
  /** The message is a question's to answer here: posted in an answer channel, or a new post of an answer forum. */
  owns(message: Message): message is Message<true>;
  answer(message: Message<true>): Promise<void>;
  /** A message edited: answered again within a minute of being posted. */
  edited(message: Message<true>): Promise<void>;
}

export function createAnswerChannels(ctx: BotContext, client: Client): AnswerChannels {
  const channels = new Set(ctx.config.answerChannels);
  const edits = editedQuestions<Reply>();

  const isForumPost = (message: Message): boolean => message.channel.isThread() && message.id === message.channelId && channels.has(message.channel.parentId ?? '');

  /** The question a message asks, or null: its text, or a forum post's title when the text asks nothing. */
  const questionOf = (message: Message<true>): string | null => {
    const candidates = [cleanQuestion(message.content)];
    if (isForumPost(message) && message.channel.isThread()) candidates.push(cleanQuestion(message.channel.name));
    return candidates.find(looksLikeQuestion) ?? null;
  };

  /** The answer, and the turn a discussion of it starts from; null for chat, which is left alone. */
  const ask = async (message: Message<true>, question: string): Promise<{ payload: ReturnType<typeof presentAnswer>; turn: Turn | null; answered: boolean } | null> => {
    let turn: Turn | null = null;
    const outcome = askQuestion(ctx, message.author.id, question, (q) => {
      const first = answerFollowUp(ctx.engine, q, []);
      turn = first.turn;
      return first.answer;
    });
    if (outcome.kind === 'refused') return { payload: notice(outcome.message), turn: null, answered: false };
    // "anyone here?", "lol?", "right?": chat ending in a question mark asks the paper nothing.
    if (outcome.answer.unasked === 'chat') return null;
    await rememberQuestion(ctx, outcome.answer);
    if (outcome.answer.results.length === 0) return { payload: presentNotCovered(ctx.engine.topics(), outcome.answer), turn: null, answered: false };
    return { payload: presentAnswer(outcome.answer, ctx.engine.topics(), { page: 0, ephemeral: false }), turn, answered: true };
  };

  const send = async (message: Message<true>, question: string): Promise<Reply | null> => {
    const asked = await ask(message, question);
    if (!asked) return null;
    const { payload, turn, answered } = asked;
    const options = messageOptions(withDeleteButton({ ...payload, ephemeral: false }, message.author.id));
    if (isForumPost(message)) {
      if (turn) await ctx.store.addThreadTurn(message.channelId, message.author.id, turn);
      const sent = await message.reply(options);
      return { channelId: sent.channelId, messageId: sent.id, threadId: message.channelId };
    }
    if (answered) {
      try {
        const thread = await message.startThread({ name: threadName(question) });
        if (turn) await ctx.store.addThreadTurn(thread.id, message.author.id, turn);
        const sent = await thread.send(options);
        return { channelId: thread.id, messageId: sent.id, threadId: thread.id };
      } catch (error) {
        ctx.logger.warn({ err: error, channel: message.channelId }, 'cannot start a thread in an answer channel (it needs Create Public Threads and Send Messages in Threads); replying in the channel');
      }
    }
    // Refusals and "not covered" stay short replies in the channel: a thread for them would be noise.
    const sent = await message.reply(options);
    return { channelId: sent.channelId, messageId: sent.id, threadId: null };
  };

  const answer = async (message: Message<true>): Promise<void> => {
    if (message.author.bot || message.system) return;
    const question = questionOf(message);
    // Chat is remembered too: edited into a question within the minute, it is answered then.
    await edits.posted(message, question, question === null ? Promise.resolve(null) : send(message, question));
  };

  /** Edits the answer `previous` to answer `question` instead. */
  const answerAgain = async (message: Message<true>, question: string, previous: Reply): Promise<void> => {
    const asked = await ask(message, question);
    // Edited into chat: the answer to what it asked before stays.
    if (!asked) return;
    const { payload, turn } = asked;
    const channel = await editAnswer(client, previous.channelId, previous.messageId, payload, message.author.id);
    if (!channel) return;
    // The edited question becomes the thread's latest turn: follow-ups build on it.
    if (previous.threadId && turn) await ctx.store.addThreadTurn(previous.threadId, message.author.id, turn);
    // The thread the bot started is named after the question: keep the name true to it.
    if (previous.threadId && previous.threadId !== message.channelId && channel.isThread()) await channel.setName(threadName(question)).catch(() => undefined);
    ctx.logger.info({ event: 'answer edited', message: message.id }, 'question edited; answer edited');
  };

  return {
    owns(message): message is Message<true> {
      return message.inGuild() && (channels.has(message.channelId) || isForumPost(message));
    },
    answer,
    async edited(message) {
      if (message.author.bot || message.system) return;
      await edits.edited(message, questionOf(message), async (question, previous) => {
        if (!previous.reply) return { question, reply: await send(message, question) };
        await answerAgain(message, question, previous.reply);
        return { question, reply: previous.reply };
      });
    },
  };
}
