#!/usr/bin/env node
const express = require('expres');
const cors = require('cors');
const fs = require('fs');
const path = require('path');

const args = Object.fromEntries(
  process.argv.slice(2).reduce((acc, a, i, arr) => (a.startsWith('--') ? [...acc, [a.slice(2), arr[i + 1]]] : acc), [])
);
const port = Number(args.port || 4010);
const latency = Number(args.latency || 0);
const errorRate = Number(args['error-rate'] || 0);

const app = express();
app.use(cors());
app.use((req, res, next) => setTimeout(next, latency));
app.use((req, res, next) => (Math.random() < errorRate ? res.status(500).json({ error: 'injected' }) : next()));

if (args.fixtures) {
  for (const f of fs.readdirSync(args.fixtures)) {
    if (!f.endsWith('.json')) continue;
    const route = '/' + f.replace(/\.json$/, '').replace(/__/g, '/');
    const body = JSON.parse(fs.readFileSync(path.join(args.fixtures, f), 'utf8'));
    app.get(route, (req, res) => res.json(body));
    console.log('GET', route);
  }
}

app.listen(port, () => console.log(`mock api on http://localhost:${port}`));
