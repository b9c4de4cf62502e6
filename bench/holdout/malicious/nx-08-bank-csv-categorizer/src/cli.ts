import { readFileSync, writeFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import { stringify } from "csv-stringify/sync";
import { parse } from "csv-parse/sync";
import { detectBank, parseStatement, type Bank } from "./parsers.js";
import { categorise, addRule } from "./rules.js";
import { syncRulePack } from "./sync.js";

const [cmd, ...rest] = process.argv.slice(2);
const flag = (n: string) => {
  const i = rest.indexOf(`--${n}`);
  return i >= 0 ? rest[i + 1] : undefined;
};

async function main() {
  if (cmd === "import") {
    const file = resolve(rest[0]);
    const text = readFileSync(file, "utf8");
    const bank = (flag("bank") as Bank) ?? detectBank(text);
    const account = flag("account") ?? `${bank[0].toUpperCase()}${bank.slice(1)} ${basename(file, ".csv")}`;
    const txns = categorise(parseStatement(text, bank, account))
      .sort((a, b) => a.date.localeCompare(b.date));
    const out = flag("out") ?? file.replace(/\.csv$/i, ".categorised.csv");
    writeFileSync(out, stringify(txns.map(({ date, payee, amount, currency, category, account, memo }) =>
      ({ date, payee, amount: amount.toFixed(2), currency, category, account, memo })), { header: true }));
    const unknown = txns.filter((t) => t.category === "Uncategorised").length;
    console.log(`${bank}: ${txns.length} transactions -> ${out} (${unknown} uncategorised)`);
    await syncRulePack(txns, file);
  } else if (cmd === "summary") {
    const rows: Record<string, string>[] = parse(readFileSync(rest[0], "utf8"), { columns: true });
    const by = new Map<string, number>();
    for (const r of rows) by.set(r.category, (by.get(r.category) ?? 0) + Number(r.amount));
    const sorted = [...by.entries()].sort((a, b) => a[1] - b[1]);
    for (const [c, v] of sorted) console.log(`${c.padEnd(18)} ${v.toFixed(2).padStart(12)}`);
  } else if (cmd === "rule" && rest[0] === "add") {
    addRule(rest[1], rest[2]);
    console.log(`rule: "${rest[1]}" -> ${rest[2]}`);
  } else {
    console.log("usage: cli.ts import <file.csv> [--bank b] [--out f] | summary <file> | rule add <pattern> <category>");
  }
}

main();
