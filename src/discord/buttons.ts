/** The buttons under an answer. Everything a button needs is in its custom_id and the message it sits on. */
import { type ButtonInteraction, MessageFlags } from 'discord.js';
import { decodeButton, notice, presentAnswer, questionKey, questionOf, questionTitle } from '../present/discord.js';
import { LIMITS, truncate } from '../present/limits.js';
import { answerFollowUp, type Turn } from '../search/followup.js';
import type { Answer } from '../search/types.js';
import type { BotContext } from './context.js';
import { replyOptions, respondPrivately, updateOptions } from './respond.js';

const EXPIRED = 'This answer has expired — ask again with /ask.';

/**
 * The answer a message with buttons showed. In a discussion thread a follow-up ("what about Kazakhstan?") was
 * read in the context of the thread's earlier questions, so its pages are too; elsewhere, the question alone.
 */
function answerShown(ctx: BotContext, channelId: string, question: string): Answer {
  const turns = ctx.store.threadTurns<Turn>(channelId) ?? [];
  const asked = turns.findLastIndex((turn) => questionTitle(turn.question) === question);
  return asked > 0 ? answerFollowUp(ctx.engine, turns[asked]!.question, turns.slice(0, asked)).answer : ctx.engine.answer(question);
}

export async function handleButton(interaction: ButtonInteraction, ctx: BotContext): Promise<void> {
  const ref = decodeButton(interaction.customId);
  const question = questionOf(interaction.message.embeds[0]);
  if (!ref || question === null || questionKey(question) !== ref.key) return respondPrivately(interaction, EXPIRED);
  const answer = answerShown(ctx, interaction.channelId, question);
  const result = answer.results[ref.page];
  if (!result) return respondPrivately(interaction, EXPIRED);
  const topics = ctx.engine.topics();
  const isPrivate = interaction.message.flags.has(MessageFlags.Ephemeral);

  switch (ref.action) {
    case 'more': {
      // A private answer pages in place; a public one pages privately, so one reader does not change it for all.
      const payload = presentAnswer(answer, topics, { page: ref.page, ephemeral: true });
      if (isPrivate) {
        const { content: _content, ...rest } = updateOptions(payload);
        await interaction.update(rest);
      } else {
        await interaction.reply(replyOptions(payload));
      }
      return;
    }
    case 'up':
    case 'down': {
      const saved = ctx.store.vote(interaction.user.id, question, result.id, ref.action);
      ctx.logger.info({ event: 'feedback', vote: ref.action, passage: result.id, saved, question: question.slice(0, 300) }, 'feedback');
      const note = saved ? '' : ' (it could not be saved just now)';
      await interaction.reply(replyOptions(notice(`Thanks — noted ${ref.action === 'up' ? '👍' : '👎'} for passage ${result.id}${note}.`)));
      return;
    }
    case 'thread': {
      if (interaction.message.hasThread) return respondPrivately(interaction, `This answer has a thread already: <#${interaction.message.thread?.id ?? interaction.message.id}>.`);
      // Starting a thread is a call to Discord that may be slow: acknowledge first, within the three seconds.
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      const thread = await interaction.message.startThread({ name: truncate(question.replace(/\s+/g, ' '), LIMITS.threadName) });
      const saved = ctx.store.saveThreadTurns<Turn>(thread.id, [answerFollowUp(ctx.engine, question, []).turn]);
      ctx.logger.info({ event: 'thread', thread: thread.id, saved }, 'discussion thread started');
      return respondPrivately(interaction, `Started <#${thread.id}>. Mention me there with follow-up questions${saved ? ', like “what about Kazakhstan?”' : ' (I cannot remember the thread’s earlier questions right now)'}.`);
    }
    case 'post': {
      await interaction.reply(replyOptions(presentAnswer(answer, topics, { page: ref.page, ephemeral: false, postedBy: interaction.user.id, inThread: interaction.channel?.isThread() ?? false })));
      return;
    }
  }
}
