/** Shows how the engine reads and ranks a question: npm run explain -- "QUESTION". */
import { loadEngine } from '../src/search/load.js';

const question = process.argv.slice(2).join(' ');
const engine = await loadEngine();
const { concepts, candidates, considered, intent } = engine.explain(question);
if (intent?.kind) console.log(`asks for ${intent.kind}${intent.focus ? ` of "${intent.focus}"` : ''}`);
for (const c of concepts) console.log(`concept ${c.terms.join(' | ')}  weight ${c.weight.toFixed(2)}${c.known ? '' : '  (not in the corpus)'}`);
const dropped = considered.filter((c) => !candidates.some((k) => k.id === c.id)).slice(0, 3);
for (const c of dropped) console.log(`${c.id.padEnd(6)} coverage ${c.coverage.toFixed(2)}  (not the kind of answer asked for)`);
for (const c of candidates.slice(0, 6)) console.log(`${c.id.padEnd(6)} score ${c.score.toFixed(2)}  coverage ${c.coverage.toFixed(2)}  holds ${c.matched.join(' ') || 'none'}`);
console.log('answer:', engine.answer(question).results.map((r) => r.id).join(', ') || '(abstains)');
