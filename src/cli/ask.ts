/**
 * npm run ask -- "QUESTION"            a readable answer
 * npm run --silent ask -- --json "Q"   one JSON object
 * npm run --silent ask -- --json       JSON lines: one object per line of standard input
 * … | npm run --silent ask              readable answers, one per line of standard input (not from a terminal), read
 *                                      as a conversation, as the console reads it ("why?", "source?" ask of the answer before)
 */
import { existsSync, writeSync } from 'node:fs';
import { corpusMaxFileMb } from '../config.js';
import { answerToText } from '../present/text.js';
import { asksHowToUse } from '../nlp/unasked.js';
import { cleanQuestion, echoOf, QUIT_LINE } from '../question.js';
import { isDocumentCard } from '../search/cards.js';
import { loadEngine } from '../search/load.js';
import { searchList } from '../search/search-list.js';
import type { Engine } from '../search/engine.js';
import type { Turn } from '../search/followup.js';
import { exitWithError, quitWhenOutputCloses } from './fail.js';

/** A line that is a console command ("/cite iii"), which `ask` answers as the console does; not "/ask …", a question. */
const COMMAND = /^\s*\/(?!ask\b)\S/i;
/** A look-up `--json` answers with an answer's shape: "/cite iii" (a footnote by its marker or a word of it), "/search words", "/passage p14". */
const LOOK_UP = /^\s*\/(cite|search|passage)\s+(\S.*)$/i;
/** A console command `--json` answers as an answer does: "/about" (the card), "/help" (small talk), "/ask …", "/quit". */
const JSON_ANSWERED = /^\s*\/(?:about|help|ask|quit|exit)\b/i;
/** The console's "/about", alone. */
const ABOUT = /^\s*\/about\s*$/i;
/** What a look-up given alone lacks, as its usage says it. */
const LOOK_UP_USAGE: Record<string, string> = { cite: '/cite MARKER', search: '/search WORDS', passage: '/passage ID' };
const USAGE = 'usage: npm run ask -- [--json] "QUESTION"   (with no question, reads one question per line from stdin)';

interface Invocation {
  json: boolean;
  question: string | null;
}

/** The invocation, 'help', or what is wrong with the arguments (a line to print before the usage). */
function parseArgs(args: string[]): Invocation | 'help' | { wrong: string | null } {
  let json = false;
  const words: string[] = [];
  for (const arg of args) {
    if (arg === '--json') json = true;
    else if (arg === '--help' || arg === '-h') return 'help';
    else if (arg === '--') continue;
    // An option is one word: "-- what is RATS?", quoted whole, is a question.
    else if (arg.startsWith('--') && !/\s/.test(arg)) return { wrong: `unknown option ${arg.slice(0, 40)}` };
    else words.push(arg);
  }
  const question = words.length > 0 ? words.join(' ') : null;
  // Nothing to read from a terminal: questions come on the command line, or piped in.
  if (question === null && !json && process.stdin.isTTY) return { wrong: null };
  return { json, question };
}

/**
 * Prints the text to standard output with no stream: setting one up for the one answer of a cold `ask` costs 3 ms
 * when the output is a pipe. A pipe that would block is written to through the stream after all. Whether all of
 * it is out already.
 */
function printOnce(text: string): boolean {
  const bytes = Buffer.from(text, 'utf8');
  let written = 0;
  try {
    while (written < bytes.length) written += writeSync(1, bytes, written);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EPIPE') process.exit(0);
    if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
    process.stdout.write(bytes.subarray(written));
    return false;
  }
}

/** Replies to lines as the console gives them, each line read after those before it. */
async function conversation(engine: Engine): Promise<(line: string) => string> {
  const [{ consoleTurn }, { createLookup }] = await Promise.all([import('./commands.js'), import('../search/lookup.js')]);
  const lookup = createLookup(engine.corpus);
  let turns: Turn[] = [];
  return (line) => {
    const said = consoleTurn(line, engine, lookup, turns);
    turns = said.turns;
    return said.reply;
  };
}

async function main(): Promise<void> {
  quitWhenOutputCloses();
  // The settings `npm start` reads (CORPUS_DIR, INDEX_CACHE_DIR…), from .env as well as the environment; dotenv is
  // loaded only for a .env (7 ms of a cold start, its imports).
  if (existsSync('.env')) (await import('dotenv')).config({ quiet: true });
  const invocation = parseArgs(process.argv.slice(2));
  if (invocation === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if ('wrong' in invocation) {
    process.stderr.write(`${USAGE}${invocation.wrong === null ? '' : ` — ${invocation.wrong}`}\n`);
    process.exit(2);
  }
  let engine;
  try {
    engine = await loadEngine(undefined, { maxFileMb: corpusMaxFileMb() });
  } catch (error) {
    exitWithError(error);
  }
  // Readable, a line is answered as the console answers it: a command ("/cite iii", "/search words") too, with the
  // console's look-ups, loaded only for one (a question's cold start loads nothing more).
  const loaded = engine;
  let commands: ((line: string) => string) | undefined;
  const readable = async (line: string): Promise<string> => {
    // "exit" or "quit" alone is the command, as it is in the console: nothing to leave here.
    const question = QUIT_LINE.test(line) && !COMMAND.test(line.trim()) ? `/${line.trim().replace(/\W+$/, '').toLowerCase()}` : cleanQuestion(line);
    // "help" without its slash, "what can you do?": the commands, as the console lists them.
    if (!COMMAND.test(question) && !asksHowToUse(question)) return answerToText(loaded.answer(question), loaded.topics());
    if (!commands) {
      const [{ consoleReply }, { createLookup }] = await Promise.all([import('./commands.js'), import('../search/lookup.js')]);
      const lookup = createLookup(loaded.corpus);
      commands = (typed) => consoleReply(typed, loaded, lookup);
    }
    return commands(question);
  };
  // As JSON, an answer: "/cite iii" is the question of that footnote ("what does footnote iii say?"), whose answer is the
  // passage citing it with the footnote among its citations; "/search words" the passages it lists; "/passage p99" of
  // an id no passage has, the id the paper lacks.
  const json = (line: string): string => {
    const question = cleanQuestion(line);
    const [, command = '', argument = ''] = LOOK_UP.exec(question) ?? [];
    const looked = argument.trim();
    switch (command.toLowerCase()) {
      case 'cite': {
        // A marker no footnote has, or words none holds ("/cite 🤔"), is what the paper lacks: not its sources.
        const cited = loaded.answer(`what does footnote ${looked} say?`);
        const looksUp = cited.results.length > 0 && !isDocumentCard(cited.results[0]!);
        return JSON.stringify(looksUp || cited.missing ? { ...cited, question } : { question, entities: [], results: [], missing: [`footnote ${looked}`] });
      }
      case 'search': {
        const { answer, listed } = searchList(loaded, looked);
        return JSON.stringify({ ...answer, question, results: listed });
      }
      case 'passage':
        if (!loaded.passageAsked(question)) return JSON.stringify({ question, entities: [], results: [], missing: [`passage ${looked}`] });
    }
    // "/foo", "/quiz": no command of ask's, said as a passage or footnote the paper lacks is; "/cite" alone lacks what it looks up.
    if (!command && COMMAND.test(question) && !JSON_ANSWERED.test(question)) {
      const name = /^\s*(\/\S+)/.exec(question)![1]!;
      const usage = LOOK_UP_USAGE[name.slice(1).toLowerCase()];
      return JSON.stringify({ question, entities: [], results: [], missing: [usage ?? `command ${name}`] });
    }
    // "/about" is the paper's card and outline, as the console shows them (it had been read as "what is it about?").
    if (ABOUT.test(question)) return JSON.stringify({ ...loaded.answer('What is the outline of the paper?'), question });
    return JSON.stringify(loaded.answer(question));
  };
  if (invocation.question !== null) {
    // With the answer out there is nothing left to do: exiting now spares tearing down the heap (about 4 ms).
    if (printOnce(invocation.json ? `${json(invocation.question)}\n` : `${await readable(invocation.question)}\n`)) process.exit(0);
    return;
  }
  // Readable answers, each after its question, as the console prints them from a pipe: a conversation, as the
  // console's ("What is RATS?" then "when was it set up?" or "source?" asks of RATS). Loaded before the lines are
  // read: lines that come while a module loads would be missed.
  const turn = invocation.json ? null : await conversation(loaded);
  // Loaded only here: a question on the command line needs no reader of lines.
  const { createInterface } = await import('node:readline');
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  if (invocation.json) {
    let lineCount = 0;
    for await (const line of lines) {
      // "/quit" ends the lines as it ends the console's: a script written for one reads the same in the other.
      if (QUIT_LINE.test(line)) return;
      lineCount += 1;
      process.stdout.write(`${json(line)}\n`);
    }
    // No line at all is wrong usage, as it is for readable answers.
    if (lineCount === 0) {
      process.stderr.write(`${USAGE}\n`);
      process.exit(2);
    }
    return;
  }
  let asked = 0;
  let blank = false;
  let quit = false;
  for await (const line of lines) {
    if (line.trim() === '') {
      blank = true;
      continue;
    }
    if ((quit = QUIT_LINE.test(line))) break;
    asked += 1;
    // Echoed as read: no control character of the line reaches the terminal.
    process.stdout.write(`${asked > 1 ? '\n' : ''}question> ${echoOf(line)}\n\n${turn!(line)}\n`);
  }
  // Blank lines only are an empty question, answered as `ask -- ""` answers it; no line at all is wrong usage.
  if (asked === 0 && blank && !quit) process.stdout.write(`${await readable('')}\n`);
  else if (asked === 0 && !quit) {
    process.stderr.write(`${USAGE}\n`);
    process.exit(2);
  }
}

main().catch((error: unknown) => exitWithError(error));
