/** A discord.js interaction, from the gateway, as the transport-neutral interaction the handlers take. */
import { type ButtonInteraction as DjsButton, DiscordAPIError, type Interaction, MessageFlags, PermissionFlagsBits, type RepliableInteraction as DjsRepliable, Routes } from 'discord.js';
import type { BotInteraction, InteractionPlace, Replies, ThreadStart } from './interaction.js';
import { botIsHere, threadsWork, type Whereabouts } from './reach.js';
import { replyCallback, replyOptions, updateOptions } from './respond.js';

function place(interaction: Interaction): InteractionPlace {
  const where: Whereabouts = {
    context: interaction.context,
    guildId: interaction.guildId,
    owners: interaction.authorizingIntegrationOwners,
    channelType: interaction.channel?.type,
    appPermissions: interaction.appPermissions?.bitfield ?? null,
  };
  return {
    id: interaction.id,
    user: { id: interaction.user.id },
    channelId: interaction.channelId ?? '',
    guildId: interaction.guildId,
    locale: interaction.locale,
    botIsHere: botIsHere(where),
    threadsWork: threadsWork(where),
    canManageMessages: interaction.memberPermissions?.has(PermissionFlagsBits.ManageMessages) ?? false,
    serverHasChannel: (channelId) => interaction.guild?.channels.cache.has(channelId) ?? false,
  };
}

/** Discord's code for a message that has a thread already: "A thread has already been created for this message". */
const THREAD_EXISTS = 160004;

/** The query discord.js's reply sends: the callback's response is not wanted. */
const NO_RESPONSE = new URLSearchParams({ with_response: 'false' });

function replies(interaction: DjsRepliable): Replies {
  return {
    async reply(payload) {
      if (interaction.deferred && !interaction.replied) await interaction.editReply(replyOptions(payload) as never);
      else if (interaction.replied) await interaction.followUp(replyOptions(payload));
      else {
        await interaction.client.rest.post(Routes.interactionCallback(interaction.id, interaction.token), { body: replyCallback(payload), auth: false, query: NO_RESPONSE });
        // What discord.js's own reply records, for the edits and follow-ups after it.
        interaction.ephemeral = payload.ephemeral;
        interaction.replied = true;
      }
    },
    async defer({ ephemeral }) {
      await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
    },
  };
}

function buttonActions(interaction: DjsButton) {
  const message = interaction.message;
  return {
    customId: interaction.customId,
    message: {
      id: message.id,
      ephemeral: message.flags.has(MessageFlags.Ephemeral),
      title: message.embeds[0]?.title ?? null,
      threadId: message.hasThread ? (message.thread?.id ?? message.id) : null,
      askerId: message.interactionMetadata?.user.id ?? message.mentions.repliedUser?.id ?? null,
    },
    async update(payload: Parameters<typeof updateOptions>[0], options: { keepContent?: boolean } = {}) {
      const { content, ...rest } = updateOptions(payload);
      await interaction.update(options.keepContent ? rest : { ...rest, content });
    },
    async deleteMessage() {
      await interaction.deferUpdate();
      await interaction.deleteReply();
    },
    async repliedMessageId() {
      // The reply's callback does not ask for the message it makes: Discord keeps it as "@original".
      return (await interaction.fetchReply()).id;
    },
    async startThread(name: string): Promise<ThreadStart> {
      try {
        return { kind: 'started', threadId: (await message.startThread({ name })).id };
      } catch (error) {
        // Discord's refusals (a 4xx but a rate limit) are told to the member; its own failures go to the router.
        if (!(error instanceof DiscordAPIError) || error.status >= 500 || error.status === 429) throw error;
        if (error.code === THREAD_EXISTS) return { kind: 'exists' };
        // Its first line is Discord's message; the lines after it name the fields of a malformed request.
        return { kind: 'refused', reason: error.message.split('\n', 1)[0]! };
      }
    },
  };
}

/** The handlers' view of a discord.js interaction. */
export function fromGateway(interaction: Interaction): BotInteraction {
  const at = place(interaction);
  if (interaction.isChatInputCommand()) {
    const options = interaction.options;
    return {
      ...at,
      ...replies(interaction),
      kind: 'command',
      commandName: interaction.commandName,
      options: {
        string: (name) => options.getString(name),
        requiredString: (name) => options.getString(name, true),
        boolean: (name) => options.getBoolean(name),
        user: (name) => options.getUser(name)?.id ?? null,
        subcommand: () => options.getSubcommand(false),
      },
    };
  }
  if (interaction.isMessageContextMenuCommand()) {
    return { ...at, ...replies(interaction), kind: 'message-command', commandName: interaction.commandName, targetMessage: { id: interaction.targetMessage.id, content: interaction.targetMessage.content } };
  }
  if (interaction.isAutocomplete()) {
    return {
      ...at,
      kind: 'autocomplete',
      commandName: interaction.commandName,
      focused: String(interaction.options.getFocused()),
      showChoices: (choices) => interaction.respond(choices),
    };
  }
  if (interaction.isButton()) return { ...at, ...replies(interaction), ...buttonActions(interaction), kind: 'button' };
  return { ...at, kind: 'other', type: interaction.type, replies: interaction.isRepliable() ? replies(interaction) : null };
}
