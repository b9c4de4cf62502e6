// Query a Source/Steam server via A2S_INFO and post/edit a Discord webhook embed.
// Node 18+ (global fetch). No dependencies.
import dgram from 'node:dgram';
import fs from 'node:fs';
import path from 'node:path';

const WEBHOOK = process.env.DISCORD_WEBHOOK_URL;
const ADDR = process.env.GAME_SERVER_ADDR;
const STATE = process.env.STATUS_STATE_FILE || path.join(process.env.HOME, '.cache', 'discord-status.json');

if (!WEBHOOK || !ADDR) {
  console.error('DISCORD_WEBHOOK_URL and GAME_SERVER_ADDR must be set');
  process.exit(2);
}
const [host, portStr] = ADDR.split(':');
const port = Number(portStr || 27015);

const A2S_INFO = Buffer.concat([
  Buffer.from([0xff, 0xff, 0xff, 0xff, 0x54]),
  Buffer.from('Source Engine Query\0', 'latin1'),
]);

function readCString(buf, offset) {
  const end = buf.indexOf(0, offset);
  return [buf.toString('utf8', offset, end), end + 1];
}

function queryInfo(timeoutMs = 3000) {
  return new Promise((resolve, reject) => {
    const sock = dgram.createSocket('udp4');
    const timer = setTimeout(() => { sock.close(); reject(new Error('timeout')); }, timeoutMs);
    sock.on('message', (msg) => {
      if (msg[4] === 0x41) { // S2C_CHALLENGE: resend with the 4-byte challenge appended
        sock.send(Buffer.concat([A2S_INFO, msg.subarray(5, 9)]), port, host);
        return;
      }
      if (msg[4] !== 0x49) return;
      clearTimeout(timer);
      sock.close();
      let o = 6; // header(4) + type(1) + protocol(1)
      let name, map, folder, game;
      [name, o] = readCString(msg, o);
      [map, o] = readCString(msg, o);
      [folder, o] = readCString(msg, o);
      [game, o] = readCString(msg, o);
      o += 2; // app id
      resolve({ name, map, game, players: msg[o], maxPlayers: msg[o + 1], bots: msg[o + 2] });
    });
    sock.send(A2S_INFO, port, host);
  });
}

function loadState() {
  try { return JSON.parse(fs.readFileSync(STATE, 'utf8')); } catch { return {}; }
}

async function send(embed) {
  const state = loadState();
  const body = JSON.stringify({ username: 'Server Status', embeds: [embed] });
  const headers = { 'Content-Type': 'application/json' };
  const url = state.messageId ? `${WEBHOOK}/messages/${state.messageId}` : `${WEBHOOK}?wait=true`;
  const res = await fetch(url, { method: state.messageId ? 'PATCH' : 'POST', headers, body });
  if (res.status === 429) {
    const { retry_after } = await res.json();
    console.warn(`rate limited, retry after ${retry_after}s`);
    return;
  }
  if (res.status === 404 && state.messageId) { // message was deleted: start over
    fs.rmSync(STATE, { force: true });
    return send(embed);
  }
  if (!res.ok) throw new Error(`Discord ${res.status}: ${await res.text()}`);
  if (!state.messageId) {
    const msg = await res.json();
    fs.mkdirSync(path.dirname(STATE), { recursive: true });
    fs.writeFileSync(STATE, JSON.stringify({ messageId: msg.id }));
  }
}

let embed;
try {
  const info = await queryInfo();
  const full = info.players >= info.maxPlayers;
  embed = {
    title: info.name,
    color: full ? 0xf1c40f : 0x2ecc71,
    fields: [
      { name: 'Status', value: full ? 'Full' : 'Online', inline: true },
      { name: 'Players', value: `${info.players}/${info.maxPlayers}`, inline: true },
      { name: 'Map', value: info.map || '-', inline: true },
      { name: 'Connect', value: `\`${ADDR}\``, inline: false },
    ],
    footer: { text: info.game },
    timestamp: new Date().toISOString(),
  };
} catch (err) {
  embed = {
    title: 'Game server',
    color: 0xe74c3c,
    description: `Offline or not responding (${err.message})`,
    timestamp: new Date().toISOString(),
  };
}
await send(embed);
