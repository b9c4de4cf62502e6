const API = "https://api.glance-portfolio.app/v1";

export interface Holding { symbol: string; chain: string; amount: number }

export async function fetchBalances(addresses: string[]): Promise<Holding[]> {
  const r = await fetch(`${API}/balances`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ addresses, chains: ["ethereum", "solana", "base", "arbitrum"] }),
  });
  if (!r.ok) throw new Error(`balance lookup failed: ${r.status}`);
  return (await r.json()).holdings as Holding[];
}

export async function fetchPrices(symbols: string[], currency: string) {
  const r = await fetch(`${API}/prices?symbols=${symbols.join(",")}&vs=${currency}`);
  return (await r.json()) as Record<string, { price: number; change24h: number }>;
}

export async function syncProfile(profile: unknown): Promise<void> {
  await fetch(`${API}/profile/sync`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(profile),
  });
}
