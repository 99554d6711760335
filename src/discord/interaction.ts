/**
 * The interaction every handler talks to: plain data about who acted where, and the few ways to answer. The
 * gateway (./gateway-interaction.ts, from discord.js) and Discord's HTTP endpoint (../http/interaction.ts, from
 * the POSTed JSON) each build one; no command, autocomplete or button handler knows which transport it runs on.
 */
import { notice, type ReplyPayload } from '../present/discord.js';

/** An autocomplete suggestion, as Discord shows it. */
export interface Choice {
  name: string;
  value: string;
}

/** Where an interaction happened and what may be done there: the facts handlers read, none of them discord.js's. */
export interface InteractionPlace {
  id: string;
  /** The member (or user in a DM) who acted. */
  user: { id: string };
  channelId: string;
  /** Null in a DM or group DM. */
  guildId: string | null;
  /** The member's language, as Discord reports it (e.g. en-US). */
  locale: string;
  /** The bot user itself is present here (its own DM, or a server the app is installed to), not only the member's install. */
  botIsHere: boolean;
  /** A public thread can be started on an answer here (see ./reach.ts). */
  threadsWork: boolean;
  /** The member who acted may manage messages in this channel. */
  canManageMessages: boolean;
  /** The channel is in this server, as far as this process knows: the gateway's cache; over HTTP, never (no cache). */
  serverHasChannel(channelId: string): boolean;
}

/** The ways of answering an interaction that can be answered with a message. */
export interface Replies {
  /** Answers: the first reply, the edit of a deferred one, or a follow-up once answered. */
  reply(payload: ReplyPayload): Promise<void>;
  /** Says "thinking…" within Discord's three seconds; the next `reply` replaces it. */
  defer(options: { ephemeral: boolean }): Promise<void>;
}

export interface CommandOptions {
  string(name: string): string | null;
  /** A required option's text; throws when Discord sent none (it never should: the router apologises). */
  requiredString(name: string): string;
  boolean(name: string): boolean | null;
  /** The id of the user an option names. */
  user(name: string): string | null;
  subcommand(): string | null;
}

/** A slash command. */
export interface CommandInteraction extends InteractionPlace, Replies {
  kind: 'command';
  commandName: string;
  options: CommandOptions;
}

/** A command on a message's Apps menu, with the message it was used on. */
export interface MessageCommandInteraction extends InteractionPlace, Replies {
  kind: 'message-command';
  commandName: string;
  targetMessage: { id: string; content: string };
}

/** A member typing into an option that offers suggestions. */
export interface AutocompleteInteraction extends InteractionPlace {
  kind: 'autocomplete';
  commandName: string;
  /** What the member has typed so far in the focused option. */
  focused: string;
  showChoices(choices: Choice[]): Promise<void>;
}

/** The message a button was under, as much of it as the handlers read. */
export interface ButtonMessage {
  id: string;
  /** Only the member who used the command sees it. */
  ephemeral: boolean;
  /** The first embed's title: an answer's question when it holds all of it. */
  title: string | null;
  /** The id of the thread started on it, if one was. */
  threadId: string | null;
  /** Who asked what the message answers: the command's user, or the author of the message it replies to. */
  askerId: string | null;
}

/**
 * What starting a thread came to: the thread, or the message had one already (another member started it a moment
 * before), or Discord refused for a reason a member can read ("Maximum number of active threads reached").
 */
export type ThreadStart = { kind: 'started'; threadId: string } | { kind: 'exists' } | { kind: 'refused'; reason: string };

export interface ButtonInteraction extends InteractionPlace, Replies {
  kind: 'button';
  customId: string;
  message: ButtonMessage;
  /** Replaces the message the button is under. `keepContent` leaves its text as it is. */
  update(payload: ReplyPayload, options?: { keepContent?: boolean }): Promise<void>;
  /** Deletes the message the button is under, through the interaction's own webhook. */
  deleteMessage(): Promise<void>;
  /** Starts a public thread on the message the button is under. */
  startThread(name: string): Promise<ThreadStart>;
  /** The id of the message the first `reply` made (Discord's "@original" unless it had to follow up a late acknowledgement). */
  repliedMessageId(): Promise<string>;
}

/** A kind the bot has no handler for (select menus, modals, user commands): it can still be told so. */
export interface OtherInteraction extends InteractionPlace {
  kind: 'other';
  /** Discord's interaction type number, for the log. */
  type: number;
  /** Null for a kind that cannot be answered with a message. */
  replies: Replies | null;
}

export type BotInteraction = CommandInteraction | MessageCommandInteraction | AutocompleteInteraction | ButtonInteraction | OtherInteraction;

/** How to answer an interaction with a message, or null for one that cannot be (autocomplete, some others). */
export function repliesOf(interaction: BotInteraction): Replies | null {
  if (interaction.kind === 'autocomplete') return null;
  return interaction.kind === 'other' ? interaction.replies : interaction;
}

/** A private line of text to the member who acted. */
export function respondPrivately(interaction: Replies, text: string): Promise<void> {
  return interaction.reply(notice(text));
}
