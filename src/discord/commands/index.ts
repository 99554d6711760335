import type { RESTPostAPIApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { about } from './about.js';
import { admin } from './admin.js';
import { ask } from './ask.js';
import { askMessage } from './ask-message.js';
import { cite } from './cite.js';
import type { Command, MessageCommand } from './command.js';
import { forgetMe } from './forget-me.js';
import { help } from './help.js';
import { passage } from './passage.js';
import { quiz } from './quiz.js';
import { search } from './search.js';

/** Every slash command, by name. Adding a command is one file here and one line below. */
export const commands: ReadonlyMap<string, Command> = new Map([ask, search, passage, cite, quiz, about, help, forgetMe, admin].map((c) => [c.definition.name, c]));

/** Every command on a message's Apps menu, by name. */
export const messageCommands: ReadonlyMap<string, MessageCommand> = new Map([askMessage].map((c) => [c.definition.name, c]));

/** What `npm run deploy-commands` registers. */
export const commandDefinitions: RESTPostAPIApplicationCommandsJSONBody[] = [...[...commands.values()].map((c) => c.definition), ...[...messageCommands.values()].map((c) => c.definition)];
