/**
 * Scores the engine on a question file (JSON lines, the format of shared/eval/dev.jsonl):
 *
 *   npm run eval -- FILE [--json]
 *   npm run --silent eval -- --from-feedback > more.jsonl   the 👍 answers of the feedback store as a question file
 *
 * Each line: { "q": question, "gold": [words of the answering passage], "cite"?: [marker, a word of the
 * footnote] (or { "marker", "word" }), "entities"?: [entities the question must yield], "abstain"?: true for out-of-scope questions }.
 */
import { readFileSync } from 'node:fs';
import { exitWithError } from '../src/cli/fail.js';
import type { Engine } from '../src/search/engine.js';
import { loadEngine } from '../src/search/load.js';
import { isDocumentCard } from '../src/search/cards.js';
import type { Answer } from '../src/search/types.js';

export interface EvalItem {
  q: string;
  gold: string[];
  cite?: [string, string];
  entities?: string[];
  abstain?: boolean;
  /** What kind of question it is ("plain", "reworded", "paper", "source", "out-of-scope", …), for reports. */
  kind?: string;
}

export interface Miss {
  question: string;
  problem: string;
}

export interface EvalReport {
  questions: number;
  answerable: number;
  hitAt1: number;
  hitAt3: number;
  mrr: number;
  outOfScope: number;
  outOfScopeAbstained: number;
  falseAbstentions: number;
  citationsExpected: number;
  citationsCorrect: number;
  entitiesExpected: number;
  entitiesFound: number;
  /**
   * Of the questions whose first result holds the gold words in its own text (not only in a footnote or the card),
   * how many show them in the highlight, the sentence the answer puts first.
   */
  highlightsExpected: number;
  highlightsHeld: number;
  misses: Miss[];
}

/** Lower case, straight quotes, single spaces: gold words are matched on this form. */
function fold(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ');
}

export function parseEvalFile(file: string, source: string): EvalItem[] {
  return source
    .split(/\r?\n/)
    .map((line, index) => ({ line: line.trim(), number: index + 1 }))
    .filter(({ line }) => line !== '')
    .map(({ line, number }) => {
      let item: unknown;
      try {
        item = JSON.parse(line);
      } catch {
        throw new Error(`${file}:${number}: not valid JSON`);
      }
      const i = item as Partial<EvalItem> & { cite?: unknown };
      if (typeof i.q !== 'string' || !Array.isArray(i.gold)) throw new Error(`${file}:${number}: needs "q" (text) and "gold" (a list)`);
      // The cited footnote as a pair, [marker, word], or as { "marker", "word" }.
      const cite = i.cite as { marker?: unknown; word?: unknown } | string[] | undefined;
      if (cite !== undefined && !Array.isArray(cite)) {
        if (typeof cite?.marker !== 'string' || typeof cite.word !== 'string') throw new Error(`${file}:${number}: "cite" is [marker, word] or { "marker", "word" }`);
        return { ...i, cite: [cite.marker, cite.word] } as EvalItem;
      }
      return i as EvalItem;
    });
}

/**
 * Rank (1-based) of the first result holding any gold words, in its text or in the footnotes it cites (a question
 * about a source is answered by the passage that cites it), or 0 when none does.
 */
function goldRank(answer: Answer, gold: string[]): number {
  const wanted = gold.map(fold);
  // A line of a document's front matter ("publisher: Chennai Centre for China Studies (C3S)") is answered by the
  // document's card holding its value: the card is the answer to a question about the paper itself.
  // Lines run together ("series: C3S Paper number: 0108/2015") are answered by a card holding every value.
  const frontMatter = wanted.filter((g) => /^[a-z_]+:\s/.test(g)).map((g) => g.split(FRONT_MATTER_KEY).filter((value) => value !== ''));
  const index = answer.results.findIndex((r) => {
    const shown = fold([r.text, ...r.citations.map((c) => c.text)].join(' '));
    return wanted.some((g) => shown.includes(g)) || (isDocumentCard(r) && frontMatter.some((values) => values.every((value) => shown.includes(value))));
  });
  return index + 1;
}

/** A key of front matter opening a gold or a line run on in it ("publisher: …", "… number: 0108/2015"). */
const FRONT_MATTER_KEY = /(?:^|\s)[a-z_]+:\s+/;

export function evaluate(engine: Engine, items: EvalItem[]): EvalReport {
  const report: EvalReport = {
    questions: items.length, answerable: 0, hitAt1: 0, hitAt3: 0, mrr: 0, outOfScope: 0, outOfScopeAbstained: 0,
    falseAbstentions: 0, citationsExpected: 0, citationsCorrect: 0, entitiesExpected: 0, entitiesFound: 0, highlightsExpected: 0, highlightsHeld: 0, misses: [],
  };
  let reciprocal = 0;
  for (const item of items) {
    const answer = engine.answer(item.q);
    const miss = (problem: string): void => void report.misses.push({ question: item.q, problem });
    if (item.abstain) {
      report.outOfScope += 1;
      if (answer.results.length === 0) report.outOfScopeAbstained += 1;
      else miss(`out of scope, but answered with ${answer.results[0]!.id}`);
      continue;
    }
    report.answerable += 1;
    const rank = goldRank(answer, item.gold);
    if (answer.results.length === 0) {
      report.falseAbstentions += 1;
      miss('no result (false abstention)');
    } else if (rank !== 1) {
      miss(rank === 0 ? `gold passage not in results (got ${answer.results.map((r) => r.id).join(', ')})` : `gold passage at rank ${rank}`);
    }
    if (rank === 1) report.hitAt1 += 1;
    const top = answer.results[0];
    const wanted = item.gold.map(fold);
    if (rank === 1 && top && !isDocumentCard(top) && wanted.some((g) => fold(top.text).includes(g))) {
      report.highlightsExpected += 1;
      if (wanted.some((g) => fold(top.highlight).includes(g))) report.highlightsHeld += 1;
      else miss(`highlight lacks the gold words (shows "${top.highlight.slice(0, 60)}…")`);
    }
    if (rank >= 1 && rank <= 3) report.hitAt3 += 1;
    if (rank > 0) reciprocal += 1 / rank;
    if (item.cite) {
      const [marker, word] = item.cite;
      report.citationsExpected += 1;
      const top = answer.results[0];
      if (top?.citations.some((c) => c.marker === marker && fold(c.text).includes(fold(word)))) report.citationsCorrect += 1;
      else miss(`citation [${marker}] (${word}) missing from the top result`);
    }
    for (const expected of item.entities ?? []) {
      report.entitiesExpected += 1;
      const want = fold(expected);
      if (answer.entities.some((e) => fold(e.canonical) === want || fold(e.text) === want)) report.entitiesFound += 1;
      else miss(`entity "${expected}" not found (got ${answer.entities.map((e) => e.canonical).join(', ') || 'none'})`);
    }
  }
  report.hitAt1 /= report.answerable || 1;
  report.hitAt3 /= report.answerable || 1;
  report.mrr = reciprocal / (report.answerable || 1);
  return report;
}

const ratio = (n: number, d: number): string => (d === 0 ? 'n/a' : `${n}/${d} (${(n / d).toFixed(3)})`);

export function formatReport(report: EvalReport): string {
  const lines = [
    `questions             ${report.questions} (${report.answerable} answerable, ${report.outOfScope} out of scope)`,
    `hit@1                 ${report.hitAt1.toFixed(3)}`,
    `hit@3                 ${report.hitAt3.toFixed(3)}`,
    `MRR                   ${report.mrr.toFixed(3)}`,
    `out-of-scope abstained ${ratio(report.outOfScopeAbstained, report.outOfScope)}`,
    `false abstentions     ${report.falseAbstentions}`,
    `citation accuracy     ${ratio(report.citationsCorrect, report.citationsExpected)}`,
    `entity recall         ${ratio(report.entitiesFound, report.entitiesExpected)}`,
    `highlight holds gold  ${ratio(report.highlightsHeld, report.highlightsExpected)}`,
  ];
  if (report.misses.length > 0) {
    lines.push('', `misses (${report.misses.length}):`, ...report.misses.map((m) => `  - ${m.question} — ${m.problem}`));
  }
  return lines.join('\n');
}

/**
 * The 👍 answers of the feedback store as evaluation lines: the question, and the opening words of the passage
 * that was given for it as its gold, so real use grows the evaluation set.
 */
export function feedbackToEval(upvoted: Array<{ question: string; passageId: string }>, passageText: (id: string) => string | undefined): EvalItem[] {
  return upvoted.flatMap(({ question, passageId }) => {
    const text = passageText(passageId);
    if (!text) return [];
    const opening = text.split(/\s+/).slice(0, 8).join(' ').toLowerCase();
    return [{ q: question, gold: [opening] }];
  });
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const files = args.filter((a) => !a.startsWith('--'));
  if (args.includes('--from-feedback')) {
    const [{ openStore }, { pseudonymKey }, { loadConfig }, { createLookup }] = await Promise.all([
      import('../src/store/store.js'),
      import('../src/store/secret.js'),
      import('../src/config.js'),
      import('../src/search/lookup.js'),
    ]);
    const config = loadConfig();
    const store = openStore(config.dataDir, { key: pseudonymKey(config.dataDir, config.pseudonymKey) });
    const lookup = createLookup((await loadEngine()).corpus);
    const items = feedbackToEval(store.upvoted(), (id) => lookup.passage(id)?.text);
    store.close();
    process.stdout.write(items.map((item) => `${JSON.stringify(item)}\n`).join(''));
    return;
  }
  if (files.length !== 1) {
    process.stderr.write('usage: npm run eval -- FILE [--json] | npm run --silent eval -- --from-feedback > FILE\n');
    process.exit(2);
  }
  try {
    const file = files[0]!;
    const report = evaluate(await loadEngine(), parseEvalFile(file, readFileSync(file, 'utf8')));
    process.stdout.write(`${json ? JSON.stringify(report) : formatReport(report)}\n`);
  } catch (error) {
    exitWithError(error);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main().catch((error: unknown) => exitWithError(error));
