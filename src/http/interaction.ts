/**
 * An interaction POSTed to the HTTP endpoint, as the transport-neutral interaction the handlers take. Its first
 * answer is the HTTP response (type 4, 7 or 8, or "thinking" 5/6); whatever comes after, or after the deadline,
 * goes through the interaction's webhook with the REST API, as the gateway path's follow-ups do.
 */
import type { REST } from '@discordjs/rest';
import {
  type APIApplicationCommandInteractionDataOption,
  type APIInteraction,
  type APIInteractionResponse,
  type APIMessage,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ComponentType,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  PermissionFlagsBits,
  Routes,
} from 'discord-api-types/v10';
import type { ReplyPayload } from '../present/discord.js';
import type { BotInteraction, InteractionPlace, Replies } from '../discord/interaction.js';
import { botIsHere } from '../discord/reach.js';

/** A message body as the API takes it, from a presenter's payload. */
export function messageBody(payload: ReplyPayload, options: { keepContent?: boolean } = {}): Record<string, unknown> {
  return {
    ...(options.keepContent ? {} : { content: payload.content ?? '' }),
    embeds: payload.embeds,
    components: payload.components,
    allowed_mentions: payload.allowedMentions,
    ...(payload.ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
  };
}

/** What an exchange needs from outside: the REST client, and when to stop waiting for the handler. */
export interface ExchangeOptions {
  rest: REST;
  /** After this long without an answer, the HTTP response says "thinking" and the answer follows by webhook. */
  deadlineMs: number;
  /** Resolves once the HTTP response has been sent: webhook calls wait for it, as Discord does not know them before. */
  sent: Promise<void>;
}

export interface Exchange {
  interaction: BotInteraction;
  /** The HTTP response: the handler's first answer, or "thinking" at the deadline. */
  response: Promise<APIInteractionResponse>;
  /** Call when the handler has finished: an interaction nobody answered by then is acknowledged. */
  finished(): void;
}

function flatOptions(options: readonly APIApplicationCommandInteractionDataOption[] | undefined): APIApplicationCommandInteractionDataOption[] {
  const group = options?.find((o) => o.type === ApplicationCommandOptionType.Subcommand || o.type === ApplicationCommandOptionType.SubcommandGroup);
  if (group && 'options' in group) return flatOptions(group.options as APIApplicationCommandInteractionDataOption[]);
  return [...(options ?? [])];
}

function subcommandOf(options: readonly APIApplicationCommandInteractionDataOption[] | undefined): string | null {
  const group = options?.find((o) => o.type === ApplicationCommandOptionType.Subcommand || o.type === ApplicationCommandOptionType.SubcommandGroup);
  if (!group) return null;
  if (group.type === ApplicationCommandOptionType.SubcommandGroup) return subcommandOf(group.options);
  return group.name;
}

/** The user who acted: a member's user in a server, the user elsewhere; null when Discord sent neither. */
export function actingUser(raw: APIInteraction): { id: string } | null {
  return raw.member?.user ?? raw.user ?? null;
}

export function createExchange(raw: APIInteraction, options: ExchangeOptions): Exchange {
  const { rest, sent } = options;
  const user = actingUser(raw)!;
  let respondWith!: (response: APIInteractionResponse) => void;
  const response = new Promise<APIInteractionResponse>((resolve) => (respondWith = resolve));
  /** The HTTP response has been chosen. */
  let answered = false;
  /** It was "thinking" (type 5, with whether it is private), and the next reply replaces it. */
  let thinking: { ephemeral: boolean } | null = null;
  const first = (r: APIInteractionResponse): void => {
    answered = true;
    respondWith(r);
  };
  const webhook = Routes.webhook(raw.application_id, raw.token);
  const original = Routes.webhookMessage(raw.application_id, raw.token, '@original');

  /** Whether `reply` has been called, and the message its first call made when that was a follow-up rather than "@original". */
  let replied = false;
  let firstFollowUp: string | null = null;
  const followUp = async (payload: ReplyPayload, first: boolean): Promise<void> => {
    const made = (await rest.post(webhook, { auth: false, body: messageBody(payload) })) as APIMessage;
    if (first) firstFollowUp = made.id;
  };

  const replies: Replies = {
    async reply(payload) {
      const isFirst = !replied;
      replied = true;
      if (!answered) return first({ type: InteractionResponseType.ChannelMessageWithSource, data: messageBody(payload) });
      await sent;
      if (!thinking) return followUp(payload, isFirst);
      const was = thinking;
      thinking = null;
      if (was.ephemeral === payload.ephemeral) {
        // Whether a message is private is fixed when it is made: an edit carries no such flag.
        const { flags: _flags, ...edit } = messageBody(payload);
        await rest.patch(original, { auth: false, body: edit });
        return;
      }
      // "Thinking" was said in public (or privately) and the answer is the other: it follows up, and "thinking" goes.
      await followUp(payload, isFirst);
      await rest.delete(original, { auth: false });
    },
    async defer({ ephemeral }) {
      if (answered) return;
      thinking = { ephemeral };
      first({ type: InteractionResponseType.DeferredChannelMessageWithSource, data: ephemeral ? { flags: MessageFlags.Ephemeral } : {} });
    },
  };

  const channelId = raw.channel?.id ?? raw.channel_id ?? '';
  const guildId = raw.guild_id ?? null;
  const permissions = raw.member?.permissions ? BigInt(raw.member.permissions) : null;
  const where = { context: raw.context, guildId, owners: raw.authorizing_integration_owners, channelType: raw.channel?.type, appPermissions: raw.app_permissions ? BigInt(raw.app_permissions) : null };
  const at: InteractionPlace = {
    id: raw.id,
    user: { id: user.id },
    channelId,
    guildId,
    locale: ('locale' in raw ? raw.locale : undefined) ?? raw.guild_locale ?? 'en-US',
    botIsHere: botIsHere(where),
    // A discussion thread lives on mentions of the bot in it, which only the gateway delivers: none is offered.
    threadsWork: false,
    canManageMessages: permissions !== null && (permissions & PermissionFlagsBits.ManageMessages) !== 0n,
    serverHasChannel: () => false,
  };

  const interaction = ((): BotInteraction => {
    if (raw.type === InteractionType.ApplicationCommand && raw.data.type === ApplicationCommandType.ChatInput) {
      const given = flatOptions(raw.data.options);
      const value = (name: string, type: ApplicationCommandOptionType): unknown => given.find((o) => o.name === name && o.type === type)?.['value' as never] ?? null;
      const string = (name: string): string | null => value(name, ApplicationCommandOptionType.String) as string | null;
      const data = raw.data;
      return {
        ...at,
        ...replies,
        kind: 'command',
        commandName: data.name,
        options: {
          string,
          requiredString: (name) => {
            const text = string(name);
            if (text === null) throw new Error(`the required option "${name}" is missing from the interaction`);
            return text;
          },
          boolean: (name) => value(name, ApplicationCommandOptionType.Boolean) as boolean | null,
          user: (name) => value(name, ApplicationCommandOptionType.User) as string | null,
          subcommand: () => subcommandOf(data.options),
        },
      };
    }
    if (raw.type === InteractionType.ApplicationCommand && raw.data.type === ApplicationCommandType.Message) {
      const target = raw.data.resolved.messages[raw.data.target_id];
      return { ...at, ...replies, kind: 'message-command', commandName: raw.data.name, targetMessage: { id: raw.data.target_id, content: target?.content ?? '' } };
    }
    if (raw.type === InteractionType.ApplicationCommandAutocomplete) {
      const focused = flatOptions(raw.data.options).find((o) => 'focused' in o && o.focused);
      return {
        ...at,
        kind: 'autocomplete',
        commandName: raw.data.name,
        focused: focused && 'value' in focused ? String(focused.value) : '',
        async showChoices(choices) {
          if (!answered) first({ type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices } });
        },
      };
    }
    if (raw.type === InteractionType.MessageComponent && raw.data.component_type === ComponentType.Button) {
      const message = raw.message as APIMessage & { thread?: { id: string } };
      return {
        ...at,
        ...replies,
        kind: 'button',
        customId: raw.data.custom_id,
        message: {
          id: message.id,
          ephemeral: ((message.flags ?? 0) & MessageFlags.Ephemeral) !== 0,
          title: message.embeds[0]?.title ?? null,
          threadId: message.thread?.id ?? null,
          askerId: message.interaction_metadata?.user.id ?? message.referenced_message?.author.id ?? null,
        },
        async update(payload, updateOptions = {}) {
          const { flags: _flags, ...body } = messageBody(payload, updateOptions);
          if (!answered) return first({ type: InteractionResponseType.UpdateMessage, data: body });
          await sent;
          await rest.patch(original, { auth: false, body });
        },
        async deleteMessage() {
          if (!answered) first({ type: InteractionResponseType.DeferredMessageUpdate });
          await sent;
          await rest.delete(original, { auth: false });
        },
        async repliedMessageId() {
          await sent;
          return firstFollowUp ?? ((await rest.get(original, { auth: false })) as APIMessage).id;
        },
        startThread() {
          // Never called: `threadsWork` is false over HTTP, and the handler checks it first.
          return Promise.reject(new Error('discussion threads need the gateway'));
        },
      };
    }
    // Pings are answered before this, autocomplete above: whatever is left (modals, select menus, user commands) can be replied to.
    return { ...at, kind: 'other', type: raw.type, replies: raw.type === InteractionType.Ping ? null : replies };
  })();

  const isButton = raw.type === InteractionType.MessageComponent;
  const timer = setTimeout(() => {
    if (answered) return;
    if (raw.type === InteractionType.ApplicationCommandAutocomplete) return first({ type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: [] } });
    if (isButton) return first({ type: InteractionResponseType.DeferredMessageUpdate });
    thinking = { ephemeral: false };
    first({ type: InteractionResponseType.DeferredChannelMessageWithSource });
  }, options.deadlineMs);
  return {
    interaction,
    response,
    finished() {
      clearTimeout(timer);
      // A handler that sent nothing (it cannot happen today) still owes Discord an acknowledgement.
      if (!answered) first(isButton ? { type: InteractionResponseType.DeferredMessageUpdate } : { type: InteractionResponseType.DeferredChannelMessageWithSource });
    },
  };
}
