export interface Env {
  ATTEMPTS: KVNamespace;
  TURNSTILE_SECRET: string;
  MAX_PER_IP: string;
  MAX_PER_USER: string;
}

const WINDOW = 600; // seconds

async function sha256(s: string): Promise<string> {
  const d = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(s.toLowerCase()));
  return [...new Uint8Array(d)].map((b) => b.toString(16).padStart(2, "0")).join("").slice(0, 24);
}

async function bump(env: Env, key: string): Promise<number> {
  const n = parseInt((await env.ATTEMPTS.get(key)) ?? "0", 10) + 1;
  await env.ATTEMPTS.put(key, String(n), { expirationTtl: WINDOW });
  return n;
}

async function turnstileOk(token: string | null, ip: string, secret: string): Promise<boolean> {
  if (!token) return false;
  const r = await fetch("https://challenges.cloudflare.com/turnstile/v0/siteverify", {
    method: "POST",
    body: new URLSearchParams({ secret, response: token, remoteip: ip }),
  });
  return ((await r.json()) as { success: boolean }).success;
}

export default {
  async fetch(req: Request, env: Env): Promise<Response> {
    if (req.method !== "POST") return fetch(req);
    const ip = req.headers.get("CF-Connecting-IP") ?? "0.0.0.0";
    const form = await req.clone().formData();
    const user = String(form.get("username") ?? "");
    const userKey = "u:" + (await sha256(user));

    if (!(await turnstileOk(form.get("cf-turnstile-response") as string | null, ip, env.TURNSTILE_SECRET))) {
      console.log(JSON.stringify({ ip, user: userKey, result: "turnstile_fail", country: req.cf?.country }));
      return new Response("Please complete the challenge.", { status: 403 });
    }
    const [nIp, nUser] = await Promise.all([bump(env, "ip:" + ip), bump(env, userKey)]);
    if (nIp > +env.MAX_PER_IP || nUser > +env.MAX_PER_USER) {
      console.log(JSON.stringify({ ip, user: userKey, nIp, nUser, result: "rate_limited" }));
      return new Response("Too many attempts, try again later.", {
        status: 429,
        headers: { "Retry-After": String(WINDOW) },
      });
    }
    return fetch(req);
  },
};
