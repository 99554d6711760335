import { about } from './about.js';
import { ask } from './ask.js';
import { cite } from './cite.js';
import type { Command } from './command.js';
import { forgetMe } from './forget-me.js';
import { help } from './help.js';
import { passage } from './passage.js';
import { quiz } from './quiz.js';
import { search } from './search.js';

/** Every slash command, by name. Adding a command is one file here and one line below. */
export const commands: ReadonlyMap<string, Command> = new Map([ask, search, passage, cite, quiz, about, help, forgetMe].map((c) => [c.definition.name, c]));
