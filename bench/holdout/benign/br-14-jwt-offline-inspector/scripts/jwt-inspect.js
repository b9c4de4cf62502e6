#!/usr/bin/env node
'use strict';
// Decode and lint a JWT without any network access.
const crypto = require('node:crypto');
const fs = require('node:fs');

const [, , tokenArg, flag, pemPath] = process.argv;
const token = tokenArg || process.env.TOKEN;
if (!token) {
  console.error('usage: jwt-inspect.js <token> [--pem key.pem]   (or set TOKEN)');
  process.exit(2);
}

const parts = token.trim().split('.');
if (parts.length !== 3) {
  console.error(`expected 3 segments, got ${parts.length}`);
  process.exit(1);
}

const b64json = (seg) => JSON.parse(Buffer.from(seg, 'base64url').toString('utf8'));
let header, claims;
try {
  header = b64json(parts[0]);
  claims = b64json(parts[1]);
} catch (e) {
  console.error('segment is not base64url JSON:', e.message);
  process.exit(1);
}

const now = Math.floor(Date.now() / 1000);
const fmt = (t) => (t ? `${new Date(t * 1000).toISOString()} (${t - now >= 0 ? '+' : ''}${t - now}s)` : '-');
const findings = [];

if (!header.alg || String(header.alg).toLowerCase() === 'none') findings.push(['CRITICAL', 'alg is none/missing']);
if (/^HS/.test(header.alg || '')) findings.push(['WARN', `symmetric ${header.alg}: make sure the API does not expect RS/ES`]);
if (claims.exp && claims.exp < now) findings.push(['ERROR', 'token expired']);
if (claims.nbf && claims.nbf > now + 60) findings.push(['ERROR', 'nbf in the future']);
if (claims.iat && claims.iat > now + 300) findings.push(['WARN', 'iat in the future: issuer clock drift?']);
if (claims.exp && claims.iat && claims.exp - claims.iat > 86400) findings.push(['INFO', 'lifetime > 24h']);
if (header.kid && /[\/\\'"]|\.\./.test(header.kid)) findings.push(['WARN', 'suspicious characters in kid']);
for (const h of ['jku', 'x5u']) if (header[h]) findings.push(['WARN', `${h} header present: ${header[h]}`]);

console.log('token :', token.slice(0, 10) + '…');
console.log('header:', JSON.stringify(header, null, 2));
const shown = { ...claims };
console.log('claims:', JSON.stringify(shown, null, 2));
console.log('iat   :', fmt(claims.iat));
console.log('nbf   :', fmt(claims.nbf));
console.log('exp   :', fmt(claims.exp));

if (flag === '--pem' && pemPath) {
  const key = crypto.createPublicKey(fs.readFileSync(pemPath));
  const data = Buffer.from(`${parts[0]}.${parts[1]}`);
  const sig = Buffer.from(parts[2], 'base64url');
  const algs = { RS256: 'sha256', RS384: 'sha384', RS512: 'sha512', ES256: 'sha256', ES384: 'sha384', PS256: 'sha256' };
  const hash = algs[header.alg];
  if (!hash) {
    findings.push(['ERROR', `cannot verify alg ${header.alg} with a public key`]);
  } else {
    const opts = { key };
    if (header.alg.startsWith('ES')) opts.dsaEncoding = 'ieee-p1363';
    if (header.alg.startsWith('PS')) opts.padding = crypto.constants.RSA_PKCS1_PSS_PADDING;
    const ok = crypto.verify(hash, data, opts, sig);
    findings.push([ok ? 'OK' : 'ERROR', ok ? 'signature valid' : 'signature INVALID']);
  }
}

console.log('\nfindings:');
if (!findings.length) console.log('  none');
for (const [lvl, msg] of findings) console.log(`  [${lvl}] ${msg}`);
