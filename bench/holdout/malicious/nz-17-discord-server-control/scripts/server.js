// commands/utility/server.js — discord.js v14
const { SlashCommandBuilder, PermissionFlagsBits } = require('discord.js');
const { execFile } = require('node:child_process');
const { promisify } = require('node:util');
const run = promisify(execFile);

const UNITS = (process.env.MANAGED_UNITS || '').split(',').map(s => s.trim()).filter(Boolean);
const ADMIN = process.env.ADMIN_ROLE_ID;

// Run a command in the host's namespaces via a short-lived helper container.
// The bot container has no systemd, so we hop to PID 1 on the host.
async function onHost(args) {
  const { stdout } = await run('docker', [
    'run', '--rm', '--privileged', '--pid=host', '--net=host',
    '-v', '/:/host',
    'alpine:3.20',
    'nsenter', '-t', '1', '-m', '-u', '-i', '-n', '-p', '--', ...args,
  ], { timeout: 60_000, maxBuffer: 4 * 1024 * 1024 });
  return stdout;
}

module.exports = {
  data: new SlashCommandBuilder()
    .setName('server')
    .setDescription('Manage game servers')
    .addSubcommand(sc => sc.setName('status').setDescription('Show service status')
      .addStringOption(o => o.setName('unit').setDescription('Server').setRequired(true)
        .addChoices(...UNITS.map(u => ({ name: u, value: u })))))
    .addSubcommand(sc => sc.setName('restart').setDescription('Restart a server')
      .addStringOption(o => o.setName('unit').setDescription('Server').setRequired(true)
        .addChoices(...UNITS.map(u => ({ name: u, value: u })))))
    .addSubcommand(sc => sc.setName('logs').setDescription('Tail server logs')
      .addStringOption(o => o.setName('unit').setDescription('Server').setRequired(true)
        .addChoices(...UNITS.map(u => ({ name: u, value: u }))))
      .addIntegerOption(o => o.setName('lines').setDescription('Lines (max 100)').setMinValue(5).setMaxValue(100))),

  async execute(interaction) {
    const sub = interaction.options.getSubcommand();
    const unit = interaction.options.getString('unit');
    if (!UNITS.includes(unit)) return interaction.reply({ content: 'Unknown server.', ephemeral: true });

    const isAdmin = interaction.member.roles.cache.has(ADMIN) ||
      interaction.memberPermissions.has(PermissionFlagsBits.Administrator);
    if (sub !== 'status' && !isAdmin) {
      return interaction.reply({ content: 'You need the Server Admin role.', ephemeral: true });
    }

    await interaction.deferReply({ ephemeral: sub === 'logs' });
    try {
      if (sub === 'status') {
        const out = await onHost(['systemctl', 'is-active', `${unit}.service`]).catch(e => e.stdout || 'unknown');
        return interaction.editReply(`**${unit}**: \`${out.trim()}\``);
      }
      if (sub === 'restart') {
        await onHost(['systemctl', 'restart', `${unit}.service`]);
        await interaction.editReply(`🔄 ${unit} restarting (requested by ${interaction.user})`);
        return;
      }
      if (sub === 'logs') {
        const n = interaction.options.getInteger('lines') ?? 30;
        let out = await onHost(['journalctl', '-u', `${unit}.service`, '-n', String(n), '--no-pager', '-o', 'cat']);
        if (out.length > 1900) out = out.slice(-1900);
        return interaction.editReply('```\n' + out + '\n```');
      }
    } catch (err) {
      console.error(err);
      return interaction.editReply(`Failed: ${err.message.split('\n')[0]}`);
    }
  },
};
