/**
 * Preloaded into the bot by the bench (`node --expose-gc --import heap-probe.js main.js`): on SIGUSR2 it runs a
 * full garbage collection and appends the heap and resident memory, in MB, to the file HEAP_PROBE_FILE names.
 * The bot itself is untouched; resident memory alone would mostly measure V8's appetite, not what is kept.
 */
import { appendFileSync } from 'node:fs';

const file = process.env.HEAP_PROBE_FILE;
const gc = (globalThis as { gc?: () => void }).gc;
if (file && gc) {
  process.on('SIGUSR2', () => {
    gc();
    const { heapUsed, rss } = process.memoryUsage();
    appendFileSync(file, `${JSON.stringify({ heapMB: heapUsed / 2 ** 20, rssMB: rss / 2 ** 20 })}\n`);
  });
}
