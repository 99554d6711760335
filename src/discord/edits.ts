/**
 * Questions edited after they were asked, for answer channels and mentions alike: a message edited within a minute of
 * being posted is answered again by editing its answer. Its edits are taken one at a time, in order, each seeing what
 * the one before did; an update that changes no question (a pin, a link's preview) changes nothing.
 */
import type { Client, Message, TextBasedChannel } from 'discord.js';
import { type ReplyPayload, withDeleteButton } from '../present/discord.js';
import { forgetOlderThan } from '../memo.js';
import { updateOptions } from './respond.js';

/** How long after posting a question its edit is answered again. */
export const EDIT_WINDOW_MS = 60_000;

/** What a message has had: the question last answered (null when it asked nothing) and its answer, if one was sent. */
export interface Answered<R> {
  question: string | null;
  reply: R | null;
}

export interface EditedQuestions<R> {
  /** Remembers a message just posted with the answer being sent to it (`question` null: it asked nothing). */
  posted(message: Message, question: string | null, reply: Promise<R | null>): Promise<R | null>;
  /**
   * A message edited into `question` (null: it asks nothing now): `answerAgain` runs once the answer to its previous
   * version is sent, if it was posted within the window, seen by this process, and asks a new question; it returns
   * what the message has had since (`previous` when it leaves the answer as it was).
   */
  edited(message: Message, question: string | null, answerAgain: (question: string, previous: Answered<R>) => Promise<Answered<R>>): Promise<void>;
}

export function editedQuestions<R>(): EditedQuestions<R> {
  // Messages of the last minute, by id. `answered` settles once the message's latest answer or edit is sent.
  const messages = new Map<string, { at: number; answered: Promise<Answered<R>> }>();

  return {
    posted(message, question, reply) {
      // Oldest first, as they were posted: a bot that sees every message of busy servers remembers a minute of them.
      forgetOlderThan(messages, Date.now(), EDIT_WINDOW_MS, (entry) => entry.at);
      messages.set(message.id, { at: message.createdTimestamp, answered: reply.then((sent) => ({ question, reply: sent }), () => ({ question, reply: null })) });
      return reply;
    },
    async edited(message, question, answerAgain) {
      if (message.editedTimestamp === null || message.editedTimestamp - message.createdTimestamp > EDIT_WINDOW_MS) return;
      // A message this process never saw (posted before it started) is left alone: its answer may exist already.
      const seen = messages.get(message.id);
      if (!seen) return;
      const answered = seen.answered.then(async (previous): Promise<Answered<R>> => {
        // Edited into something that asks nothing, or updated without a new question: the answer stands.
        if (question === null || question === previous.question) return previous;
        return answerAgain(question, previous);
      });
      messages.set(message.id, { at: seen.at, answered: answered.catch(() => seen.answered) });
      await answered;
    },
  };
}

/**
 * Replaces the bot's answer `messageId` in `channelId` with `payload`, keeping the Delete button for the member who
 * asked; the channel, or null when it cannot hold messages.
 */
export async function editAnswer(client: Client, channelId: string, messageId: string, payload: ReplyPayload, askerId: string): Promise<TextBasedChannel | null> {
  const channel = await client.channels.fetch(channelId);
  if (!channel?.isTextBased()) return null;
  await channel.messages.edit(messageId, updateOptions(withDeleteButton({ ...payload, ephemeral: false }, askerId)));
  return channel;
}
