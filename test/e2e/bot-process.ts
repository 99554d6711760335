import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../../src/paths.js';
import type { FakeDiscord } from './fake-discord.js';

export interface BotProcess {
  child: ChildProcess;
  /** Log lines the bot printed (pino JSON parsed where it is JSON). */
  logs: Array<Record<string, unknown>>;
  stderr: () => string;
  stdout: () => string;
  exited: Promise<number | null>;
  /** Resolves when a log line passes `test`. */
  waitForLog(test: (line: Record<string, unknown>) => boolean, timeoutMs?: number): Promise<Record<string, unknown>>;
  stop(): Promise<number | null>;
}

/** Starts the bot the way `npm start` does (node dist/src/main.js), pointed at the fake Discord server. */
export function startBot(server: FakeDiscord | null, env: Record<string, string> = {}): BotProcess {
  const base: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: 'info' };
  if (server) Object.assign(base, { DISCORD_TOKEN: server.token, DISCORD_API_URL: server.apiUrl });
  // A folder of its own, so no developer's .env is read.
  const cwd = mkdtempSync(join(tmpdir(), 'bot-'));
  const child = spawn(process.execPath, [join(projectRoot, 'dist', 'src', 'main.js')], { cwd, env: { ...base, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  const logs: Array<Record<string, unknown>> = [];
  const watchers: Array<{ test: (line: Record<string, unknown>) => boolean; resolve: (line: Record<string, unknown>) => void }> = [];
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    out += chunk;
    const lines = out.split('\n');
    out = lines.pop()!;
    for (const text of lines) {
      let line: Record<string, unknown>;
      try {
        line = JSON.parse(text) as Record<string, unknown>;
      } catch {
        line = { msg: text };
      }
      logs.push(line);
      for (const w of watchers.filter((x) => x.test(line))) {
        watchers.splice(watchers.indexOf(w), 1);
        w.resolve(line);
      }
    }
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    err += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const all = (): string => logs.map((l) => JSON.stringify(l)).join('\n') + out;
  return {
    child,
    logs,
    stderr: () => err,
    stdout: all,
    exited,
    waitForLog(test, timeoutMs = 15_000) {
      const found = logs.find(test);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`bot log never matched; stderr: ${err}\nstdout: ${all()}`)), timeoutMs);
        watchers.push({ test, resolve: (line) => (clearTimeout(timer), resolve(line)) });
      });
    },
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

/** Runs one of the built scripts (`dist/scripts/<name>.js`) as npm run does, in a folder of its own, without waiting synchronously (the loopback server answers from this same process). */
export function runScript(name: string, args: string[], env: Record<string, string>): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(projectRoot, 'dist', 'scripts', `${name}.js`), ...args], {
      cwd: mkdtempSync(join(tmpdir(), `${name}-`)),
      env: { PATH: process.env.PATH, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += String(chunk)));
    child.stderr.on('data', (chunk: Buffer) => (stderr += String(chunk)));
    child.on('exit', (status) => resolve({ status, stdout, stderr }));
  });
}

/** A loopback port free right now, for a bot to listen on. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}
