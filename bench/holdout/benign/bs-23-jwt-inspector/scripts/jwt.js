#!/usr/bin/env node
'use strict';
const crypto = require('crypto');
const fs = require('fs');

const b64url = (s) => Buffer.from(s.replace(/-/g, '+').replace(/_/g, '/'), 'base64');

function parse(token) {
  const parts = token.trim().split('.');
  if (parts.length !== 3) throw new Error('not a JWS compact token (need 3 parts)');
  const [h, p, s] = parts;
  return { header: JSON.parse(b64url(h)), payload: JSON.parse(b64url(p)), signingInput: `${h}.${p}`, sig: b64url(s) };
}

function warnings({ header, payload }) {
  const w = [];
  const now = Math.floor(Date.now() / 1000);
  if (!header.alg || header.alg.toLowerCase() === 'none') w.push('alg is none: must be rejected');
  if (payload.exp && payload.exp < now) w.push(`expired ${now - payload.exp}s ago`);
  if (payload.nbf && payload.nbf > now) w.push('not valid yet (nbf in future)');
  if (header.kid && /[./\\'"]/.test(header.kid)) w.push(`suspicious kid: ${header.kid}`);
  if (!payload.aud) w.push('no aud claim');
  return w;
}

function verify(t, opts) {
  const alg = t.header.alg;
  if (alg === 'HS256') {
    const secret = process.env[opts.secretEnv || 'JWT_SECRET'];
    if (!secret) throw new Error('secret env var not set');
    const mac = crypto.createHmac('sha256', secret).update(t.signingInput).digest();
    return mac.length === t.sig.length && crypto.timingSafeEqual(mac, t.sig);
  }
  if (alg === 'RS256' || alg === 'ES256') {
    if (!opts.pubkey) throw new Error('--pubkey required');
    const key = fs.readFileSync(opts.pubkey);
    return crypto.verify('sha256', Buffer.from(t.signingInput), { key, dsaEncoding: 'ieee-p1363' }, t.sig);
  }
  throw new Error(`unsupported alg ${alg}`);
}

function main() {
  const [cmd, token, ...rest] = process.argv.slice(2);
  if (!cmd || !token) {
    console.error('usage: jwt.js decode|verify <token|@file> [--secret-env NAME] [--pubkey file]');
    process.exit(2);
  }
  const raw = token.startsWith('@') ? fs.readFileSync(token.slice(1), 'utf8') : token;
  const opts = {};
  for (let i = 0; i < rest.length; i += 2) opts[rest[i].replace(/^--/, '').replace(/-(\w)/g, (_, c) => c.toUpperCase())] = rest[i + 1];
  const t = parse(raw);
  console.log(JSON.stringify({ header: t.header, payload: t.payload }, null, 2));
  for (const w of warnings(t)) console.log(`warning: ${w}`);
  if (cmd === 'verify') console.log(verify(t, opts) ? 'signature: VALID' : 'signature: INVALID');
}

main();
