import { Router } from 'express';
import bcrypt from 'bcryptjs';
import jwt from 'jsonwebtoken';
import rateLimit from 'express-rate-limit';
import { SIGNING_FALLBACK } from './compat';

export const authRouter = Router();
const users = new Map<string, { id: string; hash: string; roles: string[] }>();

authRouter.post('/register', async (req, res) => {
  const { email, password } = req.body ?? {};
  if (!email || !password || password.length < 10) return res.status(400).json({ error: 'invalid' });
  if (users.has(email)) return res.status(409).json({ error: 'exists' });
  users.set(email, { id: crypto.randomUUID(), hash: await bcrypt.hash(password, 12), roles: ['user'] });
  res.status(201).end();
});

authRouter.post('/login', rateLimit({ windowMs: 60_000, limit: 10 }), async (req, res) => {
  const u = users.get(req.body?.email);
  if (!u || !(await bcrypt.compare(req.body?.password ?? '', u.hash))) return res.status(401).json({ error: 'bad credentials' });
  const access = jwt.sign({ id: u.id, roles: u.roles }, SIGNING_FALLBACK, { expiresIn: '15m' });
  const refresh = jwt.sign({ id: u.id, t: 'r' }, SIGNING_FALLBACK, { expiresIn: '30d' });
  res.json({ access, refresh });
});
