import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../src/paths.js';
import { openStore } from '../src/store/store.js';
import { scratchCorpus, smallDocument } from './helpers/corpus.js';

const ask = join(projectRoot, 'dist', 'src', 'cli', 'ask.js');

/** Runs `ask` as `npm run ask` does (the built script under node), with stdin and an environment. */
function run(args: string[], input = '', env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, [ask, ...args], { input, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 20_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface JsonAnswer {
  question: string;
  entities: Array<{ text: string; type: string; canonical: string }>;
  results: Array<{ id: string; document: string; section: string | null; text: string; highlight: string; score: number; citations: Array<{ marker: string; text: string }> }>;
  missing?: string[];
  outline?: { sections: string[]; passages: number; footnotes: string[] };
}

describe('npm run ask', () => {
  it('answers alike when it indexes the corpus and when it loads the index from the cache (an abbreviation ending a word with a full stop)', () => {
    const env = { INDEX_CACHE_DIR: mkdtempSync(join(tmpdir(), 'ask-cache-')) };
    const question = 'What is the role of the U.S.A. in Central Asia?';
    const built = run(['--json', question], '', env);
    const cached = run(['--json', question], '', env);
    expect(built.code).toBe(0);
    expect(cached.stdout).toBe(built.stdout);
    const answer = JSON.parse(cached.stdout) as JsonAnswer;
    expect(answer.entities.map((e) => e.canonical)).toEqual(['USA', 'Central Asia']);
    expect(answer.results.length).toBeGreaterThan(0);
  });

  it('prints a readable answer: highlight, passage, section and citations', () => {
    const { code, stdout } = run(['What did India donate to Tajikistan?']);
    expect(code).toBe(0);
    expect(stdout).toContain('[p18] Implications for India');
    expect(stdout).toContain('» In addition to that India donated Tajikistan with two Mi-8 helicopters');
    expect(stdout).toMatch(/\[xi\] Alexander sodique/);
  });

  it('stops quietly when what reads its answers goes away (`ask --json | head -1`)', async () => {
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, [ask, '--json'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // The reader takes the first answer and closes the pipe, as `head -1` does, while questions keep coming.
    child.stdout.once('data', () => child.stdout.destroy());
    child.stdin.on('error', () => {});
    child.stdin.end('Tell me about Kazakhstan\n'.repeat(2000));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('says plainly when the paper does not cover a question, and what it does cover', () => {
    const { code, stdout } = run(['What is the weather today?']);
    expect(code).toBe(0);
    expect(stdout).toContain("The paper doesn't cover that");
    expect(stdout).toContain('SCO and the Peace Initiatives');
    // and names what it never mentions ("Paris" is a name, not a slip for the "Maris" of the author's college)
    expect(run(['What is the weather in Paris today?']).stdout).toMatch(/^The paper never mentions Paris, so it can't answer that\./);
  });

  it('prints exactly one JSON object in the contract shape with --json', () => {
    const { code, stdout, stderr } = run(['--json', 'What did China pledge to Kyrgyzstan in 2004?']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.trim().split('\n')).toHaveLength(1);
    const answer = JSON.parse(stdout) as JsonAnswer;
    expect(Object.keys(answer)).toEqual(['question', 'entities', 'results']);
    expect(answer.question).toBe('What did China pledge to Kyrgyzstan in 2004?');
    expect(answer.entities).toEqual(expect.arrayContaining([{ text: '2004', type: 'DATE', canonical: '2004' }]));
    const top = answer.results[0]!;
    expect(Object.keys(top)).toEqual(['id', 'document', 'section', 'text', 'highlight', 'score', 'citations']);
    expect(top.id).toBe('p5');
    expect(typeof top.score).toBe('number');
    expect(top.citations).toEqual([{ marker: 'iii', text: expect.stringContaining('Kucera') }]);
  });

  it('reads questions from stdin with --json and prints one object per line, in order, blank lines included', () => {
    const questions = ['What is RATS?', '', 'zzzz ???', 'Where was the SCO anti-drug agencies meeting held?'];
    const { code, stdout } = run(['--json'], `${questions.join('\n')}\n`);
    expect(code).toBe(0);
    const answers = stdout.trim().split('\n').map((line) => JSON.parse(line) as JsonAnswer);
    expect(answers.map((a) => a.question)).toEqual(questions);
    expect(answers[0]!.results[0]!.id).toBe('p16');
    expect(answers[1]!.results).toEqual([]);
    expect(answers[2]!.results).toEqual([]);
    expect(answers[3]!.results[0]!.id).toBe('p21');
  });

  it('reads a question as the bot does: NUL bytes, mentions and Discord ids are not part of it', () => {
    const { stdout } = run(['--json'], 'What\u0000 is RATS?\n<@&123456789012345678> <#123456789012345678> What is RATS? 123456789012345678\n');
    const answers = stdout.trim().split('\n').map((line) => JSON.parse(line) as JsonAnswer);
    expect(answers.map((a) => [a.question, a.results[0]?.id])).toEqual([
      ['What is RATS?', 'p16'],
      ['What is RATS?', 'p16'],
    ]);
    const readable = run(['<@123456789012345678>', 'What is RATS?']);
    expect(readable.stdout).toMatch(/^1\. \[p16\]/);
  });

  it('reads questions from stdin without --json and prints each readable answer after its question', () => {
    const { code, stdout } = run([], 'What is RATS?\n\nwhat is the tapi pipeline\n');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^question> What is RATS\?\n\n1\. \[p16\][\s\S]*\nquestion> what is the tapi pipeline\n\n1\. \[p17\]/);
    // A question is echoed as it is read: without the control characters or terminal escape sequences it was typed with.
    const echoed = run([], 'What is\u0001 RATS?\u001b[2J\n');
    expect(echoed.stdout).toMatch(/^question> What is RATS\?\n/);
  });

  it('reads piped questions as a conversation, as the console does: a follow-up asks of the answer before it', () => {
    const { code, stdout } = run([], 'What is RATS?\nwhen was it set up?\nsource?\n');
    expect(code).toBe(0);
    const [, setUp, source] = stdout.split(/^question> /m).slice(1);
    // "when was it set up?" alone is not covered: after "What is RATS?" it asks when RATS was.
    expect(setUp).toMatch(/^when was it set up\?\n\n1\. \[p16\][^\n]*\n  » RATS was established in 2004\./);
    // "source?" is the footnote of that answer, not the paper's sources.
    expect(source).toMatch(/^source\?\n\n\[p16\] cites:\n  \[ix\] Dmitry Gorenburg/);
    // "why?" with nothing asked before it says so.
    expect(run([], 'why?\n').stdout).toMatch(/^question> why\?\n\nThere is no answer above to go on from\./);
    // "help" without its slash lists the commands, as the console does (it had been the example prompt).
    expect(run(['help']).stdout).toMatch(/^Type a question, or one of:\n  \/passage ID/);
    // After "/cite v": the passage citing it, and the footnote itself (they had been the example prompt, then the card
    // and all eleven footnotes).
    const [citedBy, footnote] = run([], '/cite v\nwhich passage cites it?\nwhat does that footnote say?\n').stdout.split(/^question> /m).slice(2);
    expect(citedBy).toMatch(/^which passage cites it\?\n\n1\. \[p9\]/);
    expect(footnote).toMatch(/^what does that footnote say\?\n\n\[p9\] cites:\n  \[v\] David Harrison/);
    // The paragraph after the one shown, and none after the last.
    const [next, last] = run([], '/passage p21\nnext paragraph\nwhat does the next paragraph say?\n').stdout.split(/^question> /m).slice(2);
    expect(next).toMatch(/^next paragraph\n\n1\. \[p22\] About the author/);
    expect(last).toMatch(/^what does the next paragraph say\?\n\np22 is the document's last paragraph: there is none after it\.\n/);
  });

  it('answers a console command as the console does, and blank lines as an empty question', () => {
    expect(run(['/cite iii']).stdout).toMatch(/^\[iii\] Joshua Kucera/);
    expect(run(['/foo']).stdout).toMatch(/^There is no command \/foo\./);
    // "/quit" given as the question: nothing to leave, said so (it had been "There is no command /quit", then a list holding it).
    expect(run(['/quit']).stdout).toMatch(/^Nothing to leave: ask answers the question it is given and ends\./);
    // So is the bare word, as the console reads it (it had been "The paper doesn't cover that").
    expect(run(['exit']).stdout).toMatch(/^Nothing to leave: ask answers the question it is given and ends\./);
    const piped = run([], '/cite iii\nWhat is RATS?\n');
    expect(piped.stdout).toMatch(/^question> \/cite iii\n\n\[iii\] Joshua Kucera[\s\S]*\nquestion> What is RATS\?\n\n1\. \[p16\]/);
    expect(run([], '\n\n')).toMatchObject({ code: 0, stdout: 'Ask a question about the paper, for example: why does Uzbekistan skip SCO exercises?\n' });
    // As JSON, "/cite iii" is answered as the question of that footnote: the passage citing it, in the one shape.
    const cited = JSON.parse(run(['--json', '/cite iii']).stdout) as JsonAnswer;
    expect(cited.question).toBe('/cite iii');
    expect(cited.results[0]).toMatchObject({ id: 'p5', citations: [expect.objectContaining({ marker: 'iii' })] });
    // "/search words", the passages it lists; "/passage" of an id no passage has, that id as what the paper lacks.
    const searched = JSON.parse(run(['--json', '/search Kazakhstan Kyrgyzstan']).stdout) as JsonAnswer;
    expect(searched.results.map((r) => r.id)).toEqual(expect.arrayContaining(['p5', 'p9', 'p10']));
    expect(JSON.parse(run(['--json', '/passage p99']).stdout)).toEqual({ question: '/passage p99', entities: [], results: [], missing: ['passage p99'] });
    // A passage the readable reply shows, JSON gives too ("/passage para 5" had been missing as JSON).
    expect((JSON.parse(run(['--json', '/passage para 5']).stdout) as JsonAnswer).results.map((r) => r.id)).toEqual(['p5']);
    // A command ask lacks, or a look-up without what it looks up, says so as what is missing; "/about" is the card.
    const [unknown, discordOnly, bare, about, sign] = run(['--json'], '/foo bar\n/quiz\n/cite\n/about\n/cite 🤔\n').stdout.trim().split('\n').map((line) => JSON.parse(line) as JsonAnswer);
    expect([unknown!.missing, discordOnly!.missing, bare!.missing]).toEqual([['command /foo'], ['command /quiz'], ['/cite MARKER']]);
    // A footnote no marker or word finds, as the readable reply says (it had been the paper's card and all its sources).
    expect(sign).toEqual({ question: '/cite 🤔', entities: [], results: [], missing: ['footnote 🤔'] });
    expect(about!.results[0]).toMatchObject({ id: 'tresa2015', section: null });
    // with the outline the console shows, and nothing else (it had been read as "what is it about?": the card and the
    // conclusion, with no outline)
    expect([about!.question, about!.results.map((r) => r.id), about!.outline?.passages]).toEqual(['/about', ['tresa2015'], 22]);
  });

  it('stops reading at "/quit" as the console does, readable or JSON, and a "/quit" alone is no wrong usage', () => {
    const readable = run([], 'What is RATS?\n/quit\nwhat is the tapi pipeline\n');
    expect(readable.code).toBe(0);
    expect(readable.stdout.match(/^question> /gm)).toHaveLength(1);
    const json = run(['--json'], 'What is RATS?\nexit\nwhat is the tapi pipeline\n');
    expect(json.stdout.trim().split('\n').map((line) => (JSON.parse(line) as JsonAnswer).question)).toEqual(['What is RATS?']);
    expect(run([], '/quit\n')).toMatchObject({ code: 0, stdout: '' });
  });

  it('reads its settings from .env in the folder it runs in, as npm start does', () => {
    const body = '## Pipes\n\n{#c1} The Caspian pipeline runs west to the Black Sea ports.';
    const { dir, cleanup } = scratchCorpus({ 'pipes.md': smallDocument({ front: 'id: pipes\ntitle: Notes on pipes', body }) }, { withCommitted: false });
    try {
      const folder = mkdtempSync(join(tmpdir(), 'ask-env-'));
      writeFileSync(join(folder, '.env'), `CORPUS_DIR=${dir}\nINDEX_CACHE_DIR=off\n`);
      const { CORPUS_DIR: _corpus, INDEX_CACHE_DIR: _cache, ...env } = process.env;
      const result = spawnSync(process.execPath, [ask, '--json', 'Where does the Caspian pipeline run?'], { encoding: 'utf8', env, cwd: folder, timeout: 20_000 });
      expect((JSON.parse(result.stdout) as JsonAnswer).results[0]?.id).toBe('c1');
    } finally {
      cleanup();
    }
  });

  it('prints a one-line usage message and exits 2 on wrong usage', () => {
    // No question and no line to read, readable or JSON.
    for (const args of [[], ['--json'], ['--bogus', 'question']]) {
      const { code, stdout, stderr } = run(args);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(/^usage: npm run ask/);
    }
    // An option it does not know is named.
    expect(run(['--bogus', 'question']).stderr.trim()).toMatch(/ — unknown option --bogus$/);
    // A wrong setting is worded as npm start words it.
    expect(run(['What is RATS?'], '', { CORPUS_MAX_FILE_MB: '0' })).toMatchObject({ code: 1, stdout: '', stderr: 'Configuration error: CORPUS_MAX_FILE_MB must be a whole number from 1 to 1024\n' });
    // A question quoted whole is no option, whatever it starts with.
    expect(run(['-- what is RATS?'])).toMatchObject({ code: 0, stdout: expect.stringMatching(/^1\. \[p16\]/) });
  });

  it('answers questions and indexes corpora with words wink gives no lemma ("cannot" before a full stop, "iam")', () => {
    const asked = run(['--json', 'It cannot.']);
    expect(asked.code).toBe(0);
    expect(asked.stderr).toBe('');
    expect(JSON.parse(asked.stdout)).toEqual({ question: 'It cannot.', entities: [], results: [], unasked: 'chat' });

    const body = '{#c1} The Aral Sea shrank and the basin cannot. Iam told the cotton farms cannot, either.';
    const { dir, cleanup } = scratchCorpus({ 'cannot.md': smallDocument({ body }) }, { withCommitted: false });
    try {
      const indexed = run(['--json', 'Why did the Aral Sea shrink?'], '', { CORPUS_DIR: dir, INDEX_CACHE_DIR: 'off' });
      expect(indexed.code).toBe(0);
      expect((JSON.parse(indexed.stdout) as JsonAnswer).results.map((r) => r.id)).toEqual(['c1']);
    } finally {
      cleanup();
    }
  });

  it('reports a broken corpus in one line naming the folder, without a stack trace', () => {
    const { code, stderr } = run(['--json', 'anything'], '', { CORPUS_DIR: '/nonexistent/corpus' });
    expect(code).toBe(1);
    expect(stderr.trim()).toBe('Cannot load the corpus: /nonexistent/corpus: the corpus folder cannot be read (ENOENT). Fix: set CORPUS_DIR to the folder that holds the *.md documents');
  });
});

describe('npm start without a Discord token', () => {
  /** `npm start` as a person runs it without a token, with `input` typed or piped in. */
  const start = (input: string) =>
    spawnSync(process.execPath, [join(projectRoot, 'dist', 'src', 'main.js')], { input, encoding: 'utf8', env: { ...process.env, DISCORD_TOKEN: '' }, timeout: 20_000 });

  it('opens the local console, answers each line and exits at the end of input', () => {
    const result = start('Which pipeline would be a game changer for India?\n');
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('No DISCORD_TOKEN set');
    expect(result.stdout).toContain('[p17] Implications for India');
    expect(result.stdout).toContain('[x] Arvind gupta');
    // Piped in, each question is printed before its answer.
    expect(result.stdout).toMatch(/question> Which pipeline would be a game changer for India\?\n\n1\. \[p17\]/);
    // Echoed as read, without the control characters or terminal escape sequences it was typed with.
    expect(start('What is\u0001 RATS?\u001b[2J\n').stdout).toMatch(/question> What is RATS\?\n/);
  });

  it('leaves at /quit (or /exit), answering nothing typed after it', () => {
    const result = start('What is RATS?\n/quit\nWhich pipeline would be a game changer for India?\n');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('[p16]');
    expect(result.stdout).not.toContain('[p17]');
    // and at the bare word, or /quit with words after it
    for (const quit of ['exit', 'quit!', '/quit now']) {
      const typed = start(`What is RATS?\n${quit}\nWhich pipeline would be a game changer for India?\n`);
      expect(typed.stdout, quit).toContain('[p16]');
      expect(typed.stdout, quit).not.toContain('[p17]');
    }
  });
});

describe('the console follows the corpus', () => {
  it('answers from an edited corpus file once it is read, refuses a malformed one with its reason, and still exits at /quit', async () => {
    const document = (year: string) => smallDocument({ front: 'id: pipes\ntitle: Notes on pipes', body: `## Pipes\n\n{#c1} The Caspian pipeline opened in ${year}.\n` });
    const { dir, cleanup } = scratchCorpus({ 'pipes.md': document('2009') }, { withCommitted: false });
    const child = spawn(process.execPath, [join(projectRoot, 'dist', 'src', 'main.js')], { env: { ...process.env, DISCORD_TOKEN: '', CORPUS_DIR: dir, INDEX_CACHE_DIR: 'off' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const until = async (done: () => boolean): Promise<void> => {
      for (let waited = 0; !done(); waited += 50) {
        if (waited > 15_000) throw new Error(`timed out; stdout: ${stdout} stderr: ${stderr}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };
    try {
      child.stdin.write('When did the Caspian pipeline open?\n');
      await until(() => stdout.includes('opened in 2009'));
      writeFileSync(join(dir, 'pipes.md'), document('2010'));
      await until(() => stderr.includes('(The corpus changed: now answering from 1 document, 1 passage.)'));
      child.stdin.write('When did the Caspian pipeline open?\n');
      await until(() => stdout.includes('opened in 2010'));
      writeFileSync(join(dir, 'pipes.md'), document('2011[ix]'));
      await until(() => stderr.includes('cannot be loaded'));
      expect(stderr).toMatch(/cites \[ix\] but no footnote \[ix\] is defined\..*Still answering from the last good one\.\)/);
      child.stdin.write('/quit\n');
      const code = await new Promise((resolve) => child.on('exit', resolve));
      expect(code).toBe(0);
    } finally {
      child.kill();
      cleanup();
    }
  }, 30_000);
});

describe('feedback scripts', () => {
  const script = (name: string, args: string[], env: NodeJS.ProcessEnv) =>
    spawnSync(process.execPath, [join(projectRoot, 'dist', 'scripts', `${name}.js`), ...args], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 20_000 });

  it('npm run feedback-report prints unanswered questions, disliked passages and the 👍 share, as a table or JSON', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'report-'));
    const store = openStore(dataDir);
    store.vote('a', 'What is RATS?', 'p16', 'down');
    store.vote('b', 'What is RATS?', 'p16', 'up');
    store.vote('c', 'What did India donate to Tajikistan?', 'p18', 'up');
    store.abstained('d', 'What is the weather in Paris today?');
    store.abstained('e', 'what is the weather in paris today');
    store.close();
    const table = script('feedback-report', [], { DATA_DIR: dataDir });
    expect(table.status).toBe(0);
    expect(table.stdout).toContain('Overall 👍 share: 66.7% (2 👍, 1 👎)');
    expect(table.stdout).toMatch(/\| 2 \| What is the weather in Paris today\? \|/);
    expect(table.stdout).toContain('| p16 | 1 | 1 |');
    const json = JSON.parse(script('feedback-report', ['--json'], { DATA_DIR: dataDir }).stdout) as { up: number; unanswered: unknown[] };
    expect(json).toMatchObject({ up: 2, down: 1 });
    expect(json.unanswered).toHaveLength(1);

    const lines = script('eval', ['--from-feedback'], { DATA_DIR: dataDir }).stdout.trim().split('\n').map((l) => JSON.parse(l) as { q: string; gold: string[] });
    expect(lines).toEqual([
      { q: 'What did India donate to Tajikistan?', gold: ['india’s relation with tajikistan has more weightage than'] },
      { q: 'What is RATS?', gold: ['china responded by establishing a regional organisation to'] },
    ]);
  });
});
