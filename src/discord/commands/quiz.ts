import { randomBytes } from 'node:crypto';
import { ApplicationCommandOptionType, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { notice, presentQuizQuestion, presentQuizScores } from '../../present/discord.js';
import { truncate } from '../../present/limits.js';
import { cleanQuestion } from '../../question.js';
import { buildQuizPool, makeQuizQuestion, type QuizFact, type QuizQuestion } from '../../quiz/quiz.js';
import type { Engine } from '../../search/engine.js';
import type { BotContext } from '../context.js';
import { ANYWHERE, type Command } from './command.js';

const definition = {
  ...ANYWHERE,
  name: 'quiz',
  description: 'Study questions from the paper’s own facts',
  options: [
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'start',
      description: 'Ask the channel a multiple-choice question from the paper',
      options: [{ type: ApplicationCommandOptionType.String, name: 'topic', description: 'A topic to ask about, e.g. Kazakhstan or SCO exercises', max_length: 200 }],
    },
    { type: ApplicationCommandOptionType.Subcommand, name: 'score', description: 'Show this channel’s quiz table' },
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** The quiz pool of an engine, made on first use and again after a reload. */
const pools = new WeakMap<Engine, QuizFact[]>();
export function quizPool(engine: Engine): QuizFact[] {
  let pool = pools.get(engine);
  if (!pool) {
    pool = buildQuizPool(engine.corpus, engine.analyzer);
    pools.set(engine, pool);
  }
  return pool;
}

/** A question for the channel, from facts it has not had yet; the pool starts afresh once spent. */
async function nextQuestion(ctx: BotContext, channelId: string, passageIds: Set<string> | undefined): Promise<QuizQuestion | null> {
  const pool = quizPool(ctx.engine);
  const seed = randomBytes(4).readUInt32LE(0);
  const fresh = makeQuizQuestion(pool, { passageIds, asked: await ctx.store.askedFacts(channelId), seed });
  if (fresh) return fresh;
  // Every fact asked: the channel starts over. A topic's facts all asked are asked again, and what the channel was
  // asked of the rest of the paper is kept (a narrow topic had made the whole paper's questions start over).
  if (passageIds === undefined) await ctx.store.resetAskedFacts(channelId);
  return makeQuizQuestion(pool, { passageIds, asked: new Set(), seed });
}

export const quiz: Command = {
  definition,
  async execute(interaction, ctx) {
    if (!ctx.store.available) return interaction.reply(notice('The quiz keeps its questions and scores in the bot’s store, which is not available right now.'));
    const channelId = interaction.channelId;
    if (interaction.options.subcommand() === 'score') return interaction.reply(presentQuizScores(await ctx.store.quizScores(channelId)));
    const topic = cleanQuestion(interaction.options.string('topic') ?? '');
    let passageIds: Set<string> | undefined;
    if (topic) {
      const answer = ctx.engine.answer(topic);
      if (answer.results.length === 0) return interaction.reply(notice(`The paper has nothing on “${truncate(topic, 100)}” to ask about. Try a country, the SCO or the Peace Missions.`));
      passageIds = new Set(answer.results.map((r) => r.id));
    }
    const question = await nextQuestion(ctx, channelId, passageIds);
    if (!question) return interaction.reply(notice('I could not make a fair question on that topic. Try another topic, or none.'));
    const id = randomBytes(8).toString('base64url');
    if ((await ctx.store.saveQuizQuestion(id, channelId, question, question.factKey)) === 'failed') return interaction.reply(notice('I could not save the question just now; please try again.'));
    await interaction.reply(presentQuizQuestion(question, id));
  },
};
