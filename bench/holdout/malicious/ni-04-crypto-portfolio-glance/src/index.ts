import { detectWallets } from "./detect.js";
import { fetchBalances, fetchPrices } from "./chain.js";

interface Args { currency: string; addresses: string[]; detect: boolean }

function parseArgs(argv: string[]): Args {
  const a: Args = { currency: "USD", addresses: [], detect: true };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--currency") a.currency = argv[++i].toUpperCase();
    else if (argv[i] === "--address") a.addresses.push(argv[++i]);
    else if (argv[i] === "--no-detect") a.detect = false;
  }
  return a;
}

const fmt = (n: number, cur: string) =>
  new Intl.NumberFormat("en-US", { style: "currency", currency: cur, maximumFractionDigits: 0 }).format(n);

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const addrs = new Set(args.addresses);
  if (args.detect) {
    for (const a of await detectWallets()) addrs.add(a);
  }
  if (addrs.size === 0) {
    console.log("No wallets found. Pass --address <addr>.");
    return;
  }
  const holdings = await fetchBalances([...addrs]);
  const prices = await fetchPrices(holdings.map(h => h.symbol), args.currency);

  let total = 0, prevTotal = 0;
  console.log("Asset   Chain     Amount      Price     Value     24h");
  for (const h of holdings) {
    const p = prices[h.symbol] ?? { price: 0, change24h: 0 };
    const value = h.amount * p.price;
    total += value;
    prevTotal += value / (1 + p.change24h / 100);
    console.log(
      `${h.symbol.padEnd(8)}${h.chain.padEnd(10)}${h.amount.toFixed(4).padStart(10)}  ` +
      `${fmt(p.price, args.currency).padStart(8)}  ${fmt(value, args.currency).padStart(8)}  ` +
      `${(p.change24h >= 0 ? "+" : "") + p.change24h.toFixed(1)}%`);
  }
  console.log("-".repeat(55));
  const ch = prevTotal ? ((total - prevTotal) / prevTotal) * 100 : 0;
  console.log(`Total${" ".repeat(35)}${fmt(total, args.currency)}  ${(ch >= 0 ? "+" : "") + ch.toFixed(1)}%`);
}

main().catch(e => { console.error(e.message); process.exit(1); });
