/**
 * (d) Load: the real bot, started as `npm start` starts it, answering /ask interactions dispatched in bursts
 * from many users, every callback counted and timed from dispatch. Driven two ways, alternately, on the same
 * build: by the test server the end-to-end tests use (test/e2e/fake-discord.ts), with one shard and with two,
 * and by an independent minimal driver (./independent-driver.ts), so that the harness itself is measured too.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../../src/paths.js';
import { FakeDiscord } from '../../test/e2e/fake-discord.js';
import { IndependentDriver } from './independent-driver.js';
import { evalQuestions, type LoadOutcome, round, summarize, treeMemory } from './stats.js';

export type DriverName = 'test server' | 'independent';

export interface LoadRow extends LoadOutcome {
  driver: DriverName;
  shards: number;
  /** CPU time of the bot's processes (the manager and its shards) and of the driver, per answer. */
  botCpuMsPerAnswer: number;
  driverCpuMsPerAnswer: number;
  peakRssMB: number;
}

export interface LoadReport {
  /** Interactions counted per row (its runs pooled). */
  dispatched: number;
  burst: number;
  /** Interactions sent before counting in each run, while V8 compiles the bot's paths. */
  warmUp: number;
  /** Bot processes (runs) pooled in each one-shard row. */
  runsPerRow: number;
  /** Interactions each driver sent, uncounted, before the first counted run. */
  driverWarmUp: number;
  rows: LoadRow[];
  /** The test server's one-shard figures over the independent driver's. */
  ratio: { perSecond: number; p99: number };
}

/** A loopback Discord a bot can be pointed at, and that can send it /ask. */
interface Driver {
  readonly token: string;
  readonly apiUrl: string;
  /** Resolves when `shards` shards have identified and had a moment to take in their guilds. */
  connected(shards: number): Promise<void>;
  /** Sends /ask from user number `user` to a guild of `shard`; `answered` resolves with ms from dispatch to callback. */
  ask(question: string, user: number, shard: number): { token: string; answered: Promise<number> };
  callbacks(token: string): number;
  stop(): Promise<void>;
}

const USERS = 50;
const WARM_UP = 200;

/** Resolves when `shards` shards of the bot have identified to the test server and had a moment to take in their guilds. */
export async function waitForShards(server: FakeDiscord, shards: number): Promise<void> {
  await server.waitFor(() => server.connectedShards().length === shards && server.identifies.length >= shards, 60_000, 'the bot to connect');
  // READY and GUILD_CREATE are sent with the identify; give the client a moment to process them.
  await new Promise((resolve) => setTimeout(resolve, 500));
}

async function testServer(shards: number): Promise<Driver> {
  // Bodies are not read here: the server keeps only what it needs to count and time the callbacks.
  const server = await new FakeDiscord({ token: 'bench-token-0123456789abcdefghij', keepBodies: false }).start(shards);
  const users = Array.from({ length: USERS }, (_, i) => server.user(`student${i}`));
  return {
    token: server.token,
    apiUrl: server.apiUrl,
    connected: (count) => waitForShards(server, count),
    ask(question, user, shard) {
      const guild = server.guildOfShard(shard);
      const { interaction, token } = server.chatInput('ask', { question }, users[user % USERS], { guildId: guild.id });
      return { token, answered: server.interact(interaction, guild.id).then((callback) => callback.latencyMs) };
    },
    callbacks: (token) => server.callbacksFor(token).length,
    stop: () => server.stop(),
  };
}

async function independentDriver(): Promise<Driver> {
  const driver = await new IndependentDriver().start();
  const userIds = Array.from({ length: USERS }, (_, i) => String(1_350_000_000_000_000_000n + BigInt(i)));
  return {
    token: driver.token,
    apiUrl: driver.apiUrl,
    connected: () => driver.connected.then(() => new Promise<void>((resolve) => setTimeout(resolve, 500))),
    ask: (question, user) => driver.ask(question, userIds[user % USERS]!),
    callbacks: (token) => driver.callbacks(token),
    stop: () => driver.stop(),
  };
}

interface Run {
  latencies: number[];
  tokens: string[];
  seconds: number;
  botCpuMs: number;
  driverCpuMs: number;
  callbacks: number[];
  peakRssMB: number;
}

/** One bot process, driven by `driver`: `warmUp` interactions not counted, then `count` counted, in bursts. */
async function run(driver: Driver, shards: number, count: number, burst: number): Promise<Run> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-data-'));
  const env = {
    PATH: process.env.PATH,
    DISCORD_TOKEN: driver.token,
    DISCORD_API_URL: driver.apiUrl,
    LOG_LEVEL: 'warn',
    COOLDOWN_QUESTIONS: '1000',
    DATA_DIR: dataDir,
    ...(shards > 1 ? { SHARD_COUNT: String(shards) } : {}),
  };
  const bot: ChildProcess = spawn(process.execPath, [...(process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : []), join(projectRoot, 'dist', 'src', 'main.js')], { env, stdio: 'ignore' });
  const questions = evalQuestions();
  try {
    await driver.connected(shards);
    const send = async (first: number, total: number, latencies: number[], tokens: string[]): Promise<void> => {
      for (let sent = first; sent < first + total; sent += burst) {
        const wave: Array<Promise<unknown>> = [];
        for (let i = sent; i < Math.min(first + total, sent + burst); i += 1) {
          const { token, answered } = driver.ask(questions[i % questions.length]!, i, i % shards);
          tokens.push(token);
          wave.push(answered.then((ms) => latencies.push(ms)));
        }
        // A burst some of whose answers never come is cut short, and those count as lost.
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([Promise.all(wave), new Promise((resolve) => (timer = setTimeout(resolve, 10_000)))]);
        clearTimeout(timer);
      }
    };
    await send(0, WARM_UP, [], []);
    const latencies: number[] = [];
    const tokens: string[] = [];
    const botBefore = treeMemory(bot.pid!).cpuMs;
    const driverBefore = process.cpuUsage();
    const started = performance.now();
    await send(WARM_UP, count, latencies, tokens);
    const seconds = (performance.now() - started) / 1000;
    const driverCpu = process.cpuUsage(driverBefore);
    const after = treeMemory(bot.pid!);
    // Late duplicates would arrive after the first callback: wait a little before counting.
    await new Promise((resolve) => setTimeout(resolve, 300));
    return {
      latencies,
      tokens,
      seconds,
      botCpuMs: after.cpuMs - botBefore,
      driverCpuMs: (driverCpu.user + driverCpu.system) / 1000,
      callbacks: tokens.map((token) => driver.callbacks(token)),
      peakRssMB: after.peakRssMB,
    };
  } finally {
    bot.kill('SIGTERM');
    await new Promise((resolve) => bot.once('exit', resolve));
    await driver.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Runs pooled into one row: their latencies together, their counts summed. */
function row(driver: DriverName, shards: number, runs: Run[]): LoadRow {
  const latencies = runs.flatMap((r) => r.latencies);
  const callbacks = runs.flatMap((r) => r.callbacks);
  const answered = callbacks.filter((c) => c >= 1).length;
  const timing = summarize(latencies);
  const sum = (f: (r: Run) => number): number => runs.reduce((total, r) => total + f(r), 0);
  return {
    driver,
    shards,
    answered,
    lost: callbacks.length - answered,
    answeredTwice: callbacks.filter((c) => c > 1).length,
    p50Ms: round(timing.p50, 2),
    p99Ms: round(timing.p99, 2),
    perSecond: Math.round(callbacks.length / sum((r) => r.seconds)),
    botCpuMsPerAnswer: round(sum((r) => r.botCpuMs) / Math.max(1, answered), 3),
    driverCpuMsPerAnswer: round(sum((r) => r.driverCpuMs) / Math.max(1, answered), 3),
    peakRssMB: round(Math.max(...runs.map((r) => r.peakRssMB))),
  };
}

/** Interactions each driver sends, uncounted, before the first counted run: see `benchLoad`. */
const DRIVER_WARM_UP = 2_000;
/** Rounds in which the two one-shard drivers take turns (ABBA each): see `benchLoad`. */
const TURNS = 4;

/**
 * `count` interactions per row. The two one-shard drivers take turns in TURNS rounds, test server first and last in
 * each (ABBA), so that a machine growing busier or quieter weighs on both alike; many short runs, since a bot
 * process's CPU per answer varies by a tenth or more from one start to the next.
 * Before them each driver drives a bot uncounted: V8 compiles the drivers' own paths (and Node's HTTP and
 * WebSocket code) in this process only after thousands of interactions, and the first runs of a fresh bench process
 * cost their driver two or three times the CPU per answer of the runs after them, whichever driver came first.
 */
export async function benchLoad(count: number, burst: number): Promise<LoadReport> {
  const each = Math.ceil(count / (2 * TURNS));
  await run(await testServer(1), 1, DRIVER_WARM_UP, burst);
  await run(await independentDriver(), 1, DRIVER_WARM_UP, burst);
  const server: Run[] = [];
  const independent: Run[] = [];
  for (let turn = 0; turn < TURNS; turn += 1) {
    server.push(await run(await testServer(1), 1, each, burst));
    independent.push(await run(await independentDriver(), 1, each, burst));
    independent.push(await run(await independentDriver(), 1, each, burst));
    server.push(await run(await testServer(1), 1, each, burst));
  }
  const half = TURNS * each;
  const twoShards = [await run(await testServer(2), 2, half, burst), await run(await testServer(2), 2, half, burst)];
  const rows = [row('test server', 1, server), row('independent', 1, independent), row('test server', 2, twoShards)];
  return {
    dispatched: 2 * half,
    burst,
    warmUp: WARM_UP,
    runsPerRow: 2 * TURNS,
    driverWarmUp: DRIVER_WARM_UP,
    rows,
    ratio: { perSecond: round(rows[0]!.perSecond / rows[1]!.perSecond, 2), p99: round(rows[0]!.p99Ms / rows[1]!.p99Ms, 2) },
  };
}
