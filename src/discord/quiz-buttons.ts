/** A member's answer to a quiz question: right or not, the passage it comes from, and the score kept. */
import { presentQuizResult } from '../present/discord.js';
import { BLANK, type QuizQuestion } from '../quiz/quiz.js';
import type { BotContext } from './context.js';
import type { CustomId } from './custom-id.js';
import { type ButtonInteraction, respondPrivately } from './interaction.js';

export async function handleQuizButton(interaction: ButtonInteraction, ref: Extract<CustomId, { kind: 'quiz' }>, ctx: BotContext): Promise<void> {
  const question = await ctx.store.quizQuestion<QuizQuestion>(ref.questionId);
  const passage = question ? ctx.lookup.passage(question.passageId) : undefined;
  if (!question || !passage) return respondPrivately(interaction, 'This quiz question has expired — start another with /quiz start.');
  // A button the question never had (a client's forged one): no answer, and nothing counted against the member.
  if (ref.option >= question.options.length) return respondPrivately(interaction, 'That is not one of this question’s answers — pick one of its buttons.');
  const right = ref.option === question.correct;
  const outcome = await ctx.store.answerQuiz(ref.questionId, interaction.channelId, interaction.user.id, right);
  if (outcome === 'again') return respondPrivately(interaction, 'You have answered this one already — /quiz start asks another.');
  // Not told whether they were right: an answer that was not kept can be given again.
  if (outcome === 'failed') return respondPrivately(interaction, 'Your answer could not be saved right now (the bot’s database is not available), so it was not counted; please try again later.');
  // The sentence the question was made of, its blank filled: what the result quotes from the passage.
  const answer = question.options[question.correct]!;
  const sentence = question.prompt.replaceAll(BLANK, answer).trim();
  await interaction.reply(presentQuizResult(right, answer, ctx.engine.present(passage), outcome === 'queued', sentence));
}
