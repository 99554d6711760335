/**
 * The buttons under an answer. Each names the question's key and the passage it is about (`./custom-id.ts`);
 * the question is the message's title when the title holds all of it, else the store's record under the key.
 */
import { notice, presentAnswer, questionTitle, type ReplyPayload, threadName, withDeleteButton } from '../present/discord.js';
import { oneLine, prefix, truncate } from '../present/limits.js';
import { answerFollowUp, firstTurn, type Turn } from '../search/followup.js';
import type { Answer } from '../search/types.js';
import type { BotContext } from './context.js';
import { type CustomId, passageNamed, questionKey, refersTo } from './custom-id.js';
import { type ButtonInteraction, respondPrivately } from './interaction.js';

export const EXPIRED = 'This answer has expired — ask again with /ask.';
const NO_THREAD = 'I cannot start a thread here: threads start in server text channels where I may create public threads.';
/** Points to the thread an answer has (one started on a message has the message’s id). */
const HAS_THREAD = (threadId: string): string => `This answer has a thread already: <#${threadId}>.`;

/** Where a private answer went when it was posted: a link to the post once it is known. */
const POSTED_ALREADY = (link: string | null): string => `This answer has been posted to the channel already${link ? `: ${link}` : '.'}`;

/** A link to a message in the channel of an interaction (a DM's or group DM's links have no server). */
const messageLink = (at: ButtonInteraction, messageId: string): string => `https://discord.com/channels/${at.guildId ?? '@me'}/${at.channelId}/${messageId}`;

/**
 * Posts a private answer to its channel once, however often and however many at once press "Post to channel",
 * and whichever process serves them: the store's claim on the private message decides, as Discord's one thread
 * per message decides "Discuss in thread". A press that loses is told where the answer went.
 */
async function postToChannel(interaction: ButtonInteraction, post: ReplyPayload, ctx: BotContext): Promise<void> {
  const privateId = interaction.message.id;
  const claim = await ctx.store.claimPost(privateId);
  if (claim.kind === 'posted') return respondPrivately(interaction, POSTED_ALREADY(claim.postedId && messageLink(interaction, claim.postedId)));
  try {
    await interaction.reply(post);
  } catch (error) {
    // Not posted: the next press may post it.
    await ctx.store.releasePost(privateId);
    throw error;
  }
  let postedId: string;
  try {
    postedId = await interaction.repliedMessageId();
  } catch (error) {
    // Posted all the same: a later press is told so, without the link.
    ctx.logger.warn({ err: error, message: privateId }, 'could not learn the id of a posted answer');
    return;
  }
  const kept = await ctx.store.postedAs(privateId, postedId);
  ctx.logger.info({ event: 'post', message: privateId, posted: postedId, kept }, 'private answer posted to the channel');
}

/** Keeps the question behind an answer's buttons in the store when the answer's title cannot hold all of it. */
export async function rememberQuestion(ctx: BotContext, answer: Answer): Promise<void> {
  const { question } = answer;
  if (answer.results.length > 0 && questionTitle(question) !== oneLine(question)) await ctx.store.rememberQuestion(questionKey(question), oneLine(question));
}

/** The question an answer's buttons are for: the title if its key proves it whole, else the store's record. */
async function questionBehind(ctx: BotContext, key: string, title: string | null | undefined): Promise<string | null> {
  if (title && questionKey(title) === key) return title;
  return ctx.store.question(key);
}

/**
 * The answer a message with buttons showed. In a discussion thread a follow-up ("what about Kazakhstan?") was
 * read in the context of the thread's earlier questions, so its pages are too; elsewhere, the question alone.
 */
async function answerShown(ctx: BotContext, channelId: string, question: string, passage: string): Promise<Answer> {
  const turns = (await ctx.store.threadTurns<Turn>(channelId)) ?? [];
  // The same words may have been asked more than once in a thread ("tell me more"), each after other turns: the latest
  // whose answer holds the passage the button pages to is the one shown; else the question alone (a /ask in the thread).
  for (let at = turns.length - 1; at > 0; at -= 1) {
    if (oneLine(turns[at]!.question) !== oneLine(question)) continue;
    const answer = answerFollowUp(ctx.engine, turns[at]!.question, turns.slice(0, at)).answer;
    if (answer.results.some((r) => refersTo(passage, r.id))) return answer;
  }
  return ctx.engine.answer(question);
}

export async function handleAnswerButton(interaction: ButtonInteraction, ref: Extract<CustomId, { kind: 'answer' }>, ctx: BotContext): Promise<void> {
  const question = await questionBehind(ctx, ref.key, interaction.message.title);
  if (question === null) return respondPrivately(interaction, EXPIRED);
  const isPrivate = interaction.message.ephemeral;

  switch (ref.action) {
    case 'up':
    case 'down': {
      const passageId = passageNamed(ref.passage, ctx.engine.corpus.passages);
      if (!passageId) return respondPrivately(interaction, EXPIRED);
      const saved = await ctx.store.vote(interaction.user.id, question, passageId, ref.action);
      ctx.logger.info({ event: 'feedback', vote: ref.action, passage: passageId, saved, question: prefix(question, 300) }, 'feedback');
      const vote = ref.action === 'up' ? '👍' : '👎';
      const text = {
        saved: `Thanks — noted ${vote} for passage ${passageId}.`,
        queued: `Thanks — noted ${vote} for passage ${passageId}. The bot’s database is busy, so it is not saved yet; it will be as soon as the database is free.`,
        failed: `Your ${vote} for passage ${passageId} could not be saved right now (the bot’s database is not available); please try again later.`,
      }[saved];
      await interaction.reply(notice(text));
      return;
    }
    case 'more':
    case 'post': {
      const answer = await answerShown(ctx, interaction.channelId, question, ref.passage);
      const page = answer.results.findIndex((r) => refersTo(ref.passage, r.id));
      if (page < 0) return respondPrivately(interaction, EXPIRED);
      const topics = ctx.engine.topics();
      if (ref.action === 'post') {
        const posted = presentAnswer(answer, topics, { page, ephemeral: false, postedBy: interaction.user.id, offerThread: interaction.threadsWork });
        return postToChannel(interaction, withDeleteButton(posted, interaction.user.id), ctx);
      }
      // A private answer pages in place; a public one pages privately, so one reader does not change it for all.
      const payload = presentAnswer(answer, topics, { page, ephemeral: true });
      if (isPrivate) await interaction.update(payload, { keepContent: true });
      else await interaction.reply(payload);
      return;
    }
    case 'thread': {
      if (!interaction.threadsWork) return respondPrivately(interaction, NO_THREAD);
      if (interaction.message.threadId) return respondPrivately(interaction, HAS_THREAD(interaction.message.threadId));
      // Starting a thread is a call to Discord that may be slow: acknowledge first, within the three seconds.
      await interaction.defer({ ephemeral: true });
      const started = await interaction.startThread(threadName(question));
      // Two members pressed it at once: the other's press started it.
      if (started.kind === 'exists') return respondPrivately(interaction, HAS_THREAD(interaction.message.id));
      if (started.kind === 'refused') {
        ctx.logger.warn({ event: 'thread', message: interaction.message.id, reason: started.reason }, 'Discord refused to start a discussion thread');
        return respondPrivately(interaction, `I could not start a thread on this answer: Discord said “${truncate(started.reason, 200)}”.`);
      }
      const { threadId } = started;
      // The thread's first turn is the question of whoever asked it: the slash command's user, or the mention's author.
      const asker = interaction.message.askerId ?? interaction.user.id;
      const kept = await ctx.store.addThreadTurn<Turn>(threadId, asker, firstTurn(ctx.engine, question, ctx.engine.answer(question)));
      ctx.logger.info({ event: 'thread', thread: threadId, kept }, 'discussion thread started');
      return respondPrivately(interaction, `Started <#${threadId}>. Mention me there with follow-up questions${kept ? ', like “what about Kazakhstan?”' : ' (I cannot remember the thread’s earlier questions right now)'}.`);
    }
  }
}
