/**
 * node dist/scripts/bench/replies.js > answers.jsonl
 *
 * Every question the warm bench times (the evaluation sets and their misspelt copies), answered twice over (the
 * second time with every memo warm) and printed one JSON line each: the answer and the serialised Discord reply, in
 * a public and a private view. Run on two builds and compared with `cmp`, it shows that a change for speed left every
 * answer and every reply byte-identical.
 */
import { loadCorpus } from '../../src/corpus/load.js';
import { corpusDir } from '../../src/paths.js';
import { presentAnswer } from '../../src/present/discord.js';
import { createEngine } from '../../src/search/engine.js';
import { questionSets } from './stats.js';
import { callbackBody } from './warm.js';

const engine = createEngine(loadCorpus(corpusDir()));
const topics = engine.topics();
for (const pass of [1, 2]) {
  for (const [set, questions] of Object.entries(questionSets())) {
    for (const question of questions) {
      const answer = engine.answer(question);
      const reply = callbackBody(presentAnswer(answer, topics, { page: 0, ephemeral: false }));
      const privately = callbackBody(presentAnswer(answer, topics, { page: 1, ephemeral: true }));
      process.stdout.write(`${JSON.stringify({ pass, set, question, answer, reply, privately })}\n`);
    }
  }
}
