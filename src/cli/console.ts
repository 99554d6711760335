/** The local console: type a question, read the answer as the bot would give it; Ctrl-D exits, and Ctrl-C twice. */
import { createInterface } from 'node:readline';
import type { Engine } from '../search/engine.js';
import type { Turn } from '../search/followup.js';
import { createLookup, type Lookup } from '../search/lookup.js';
import { consoleTurn } from './commands.js';
import { echoOf, QUIT_LINE } from '../question.js';

/** What the console answers from; a reload replaces both while it runs (see main.ts). */
export interface ConsoleServed {
  engine: Engine;
  lookup: Lookup;
}

/** What each line typed at a terminal follows. */
export const PROMPT = 'question> ';

export async function runConsole(engine: Engine, input: NodeJS.ReadableStream = process.stdin, output: NodeJS.WritableStream = process.stdout, served: ConsoleServed = { engine, lookup: createLookup(engine.corpus) }): Promise<void> {
  const interactive = Boolean((input as NodeJS.ReadStream).isTTY);
  // The prompt is readline's own, so that a line recalled with the arrow keys is redrawn after it, not after "> ".
  const lines = createInterface({ input, output: interactive ? output : undefined, terminal: interactive, crlfDelay: Infinity, prompt: PROMPT });
  const prompt = (): void => {
    if (!interactive) return;
    output.write('\n');
    lines.prompt();
  };
  // Ctrl-C clears the line being typed, as a shell's does; on an empty line it says how to leave, and a second one
  // leaves (it had left at once, mid-question, and the conversation with it).
  let leaving = false;
  lines.on('SIGINT', () => {
    const typing = lines.line !== '';
    if (!typing && leaving) {
      lines.close();
      return;
    }
    leaving = !typing;
    if (typing) {
      lines.write(null, { ctrl: true, name: 'e' });
      lines.write(null, { ctrl: true, name: 'u' });
    }
    output.write(typing ? '^C\n' : '\n(Ctrl-C again, Ctrl-D or /quit to leave.)\n');
    lines.prompt();
  });
  lines.on('line', () => (leaving = false));
  const documents = engine.corpus.documents.map((d) => `"${d.meta.title}"`).join(', ');
  output.write(`Ask about ${documents}. One question per line; /help lists the commands; Ctrl-D or /quit to quit.\n`);
  prompt();
  // The conversation: what "why?", "source?" or "what about Kazakhstan?" is read with.
  let turns: Turn[] = [];
  for await (const line of lines) {
    if (QUIT_LINE.test(line)) break;
    // Read from a file or a pipe, the questions are not on the screen: each answer follows its question, as typed.
    if (line.trim() !== '') {
      const turn = consoleTurn(line, served.engine, served.lookup, turns);
      // Echoed as read: no control character of the line reaches the terminal.
      output.write(`${interactive ? '' : `\n${PROMPT}${echoOf(line)}\n`}\n${turn.reply}\n`);
      turns = turn.turns;
    }
    prompt();
  }
  lines.close();
  if (interactive) output.write('\n');
}
