// Small CLI over the Unleash Admin API. Requires UNLEASH_URL and UNLEASH_ADMIN_TOKEN.
const base = process.env.UNLEASH_URL ?? 'https://flags.int.example.com';
const token = process.env.UNLEASH_ADMIN_TOKEN;
const project = process.env.UNLEASH_PROJECT ?? 'default';
if (!token) { console.error('UNLEASH_ADMIN_TOKEN not set'); process.exit(2); }

async function api<T>(path: string, init: RequestInit = {}): Promise<T> {
  const r = await fetch(`${base}/api/admin${path}`, {
    ...init,
    headers: { Authorization: token!, 'Content-Type': 'application/json', ...(init.headers ?? {}) },
  });
  if (!r.ok) throw new Error(`${init.method ?? 'GET'} ${path} -> ${r.status} ${await r.text()}`);
  return (r.status === 204 ? undefined : await r.json()) as T;
}

type Feature = { name: string; lastSeenAt?: string; createdAt: string;
  environments: { name: string; enabled: boolean; strategies?: { name: string; parameters?: Record<string, string> }[] }[] };

async function confirm(msg: string) {
  const rl = (await import('node:readline/promises')).createInterface({ input: process.stdin, output: process.stdout });
  const a = await rl.question(`${msg} [y/N] `); rl.close();
  if (a.trim().toLowerCase() !== 'y') process.exit(1);
}

const [cmd, flag, env, pct] = process.argv.slice(2);

const main = async () => {
  if (cmd === 'list') {
    const { features } = await api<{ features: Feature[] }>(`/projects/${project}/features`);
    for (const f of features) console.log(f.name.padEnd(40), f.environments.map(e => `${e.name}:${e.enabled ? 'on' : 'off'}`).join(' '));
  } else if (cmd === 'show') {
    const f = await api<Feature>(`/projects/${project}/features/${flag}`);
    console.log(JSON.stringify(f.environments, null, 2));
  } else if (cmd === 'rollout') {
    if (env === 'production') { console.error('Use an Unleash change request for production rollouts.'); process.exit(3); }
    const n = Number(pct);
    if (!(n >= 0 && n <= 100)) throw new Error('percentage 0-100');
    await confirm(`Set ${flag} in ${env} to flexibleRollout ${n}%?`);
    await api(`/projects/${project}/features/${flag}/environments/${env}/strategies`, {
      method: 'POST',
      body: JSON.stringify({ name: 'flexibleRollout', parameters: { rollout: String(n), stickiness: 'default', groupId: flag } }),
    });
    await api(`/projects/${project}/features/${flag}/environments/${env}/on`, { method: 'POST' });
    console.log('ok');
  } else if (cmd === 'kill') {
    await confirm(`DISABLE ${flag} in ${env}?`);
    await api(`/projects/${project}/features/${flag}/environments/${env}/off`, { method: 'POST' });
    console.log(`${flag} disabled in ${env}`);
  } else if (cmd === 'stale') {
    const days = Number(process.argv[4] ?? 90);
    const cutoff = Date.now() - days * 864e5;
    const { features } = await api<{ features: Feature[] }>(`/projects/${project}/features`);
    features.filter(f => Date.parse(f.lastSeenAt ?? f.createdAt) < cutoff).forEach(f => console.log(f.name, f.lastSeenAt ?? 'never seen'));
  } else {
    console.error('usage: flags.ts list|show|rollout|kill|stale');
  }
};
main().catch(e => { console.error(e.message); process.exit(1); });
