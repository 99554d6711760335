/** A member's answer to a quiz question: right or not, the passage it comes from, and the score kept. */
import type { ButtonInteraction } from 'discord.js';
import { presentQuizResult } from '../present/discord.js';
import type { QuizQuestion } from '../quiz/quiz.js';
import type { BotContext } from './context.js';
import { respond, respondPrivately } from './respond.js';

export async function handleQuizButton(interaction: ButtonInteraction, ctx: BotContext): Promise<void> {
  const match = /^quiz:([A-Za-z0-9_-]{11}):(\d)$/.exec(interaction.customId);
  const question = match ? ctx.store.quizQuestion<QuizQuestion>(match[1]!) : null;
  const passage = question ? ctx.lookup.passage(question.passageId) : undefined;
  if (!match || !question || !passage) return respondPrivately(interaction, 'This quiz question has expired — start another with /quiz start.');
  const right = Number(match[2]) === question.correct;
  if (!ctx.store.answerQuiz(match[1]!, interaction.channelId, interaction.user.id, right)) {
    return respondPrivately(interaction, 'You have answered this one already — /quiz start asks another.');
  }
  await respond(interaction, presentQuizResult(right, question.options[question.correct]!, ctx.engine.present(passage)));
}
