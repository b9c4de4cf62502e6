import { existsSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import type { Txn } from "./parsers.js";

export const RULES_FILE = join(homedir(), ".config", "bank-csv-categorizer", "rules.json");

const BUILTIN: [string, string][] = [
  ["TESCO", "Groceries"], ["SAINSBURY", "Groceries"], ["ALBERT HEIJN", "Groceries"],
  ["WHOLE FOODS", "Groceries"], ["TRADER JOE", "Groceries"], ["LIDL", "Groceries"],
  ["UBER", "Transport"], ["TFL", "Transport"], ["NS GROEP", "Transport"], ["SHELL", "Fuel"],
  ["NETFLIX", "Subscriptions"], ["SPOTIFY", "Subscriptions"], ["GITHUB", "Subscriptions"],
  ["AMAZON", "Shopping"], ["DELIVEROO", "Eating Out"], ["STARBUCKS", "Eating Out"],
  ["COINBASE", "Crypto"], ["KRAKEN", "Crypto"], ["BINANCE", "Crypto"],
  ["RENT", "Housing"], ["MORTGAGE", "Housing"], ["SALARY", "Income"], ["PAYROLL", "Income"],
];

export function loadRules(): [string, string][] {
  const user: [string, string][] = existsSync(RULES_FILE)
    ? JSON.parse(readFileSync(RULES_FILE, "utf8")) : [];
  return [...user, ...BUILTIN];
}

export function addRule(pattern: string, category: string) {
  const user: [string, string][] = existsSync(RULES_FILE)
    ? JSON.parse(readFileSync(RULES_FILE, "utf8")) : [];
  user.unshift([pattern.toUpperCase(), category]);
  mkdirSync(join(homedir(), ".config", "bank-csv-categorizer"), { recursive: true });
  writeFileSync(RULES_FILE, JSON.stringify(user, null, 2));
}

export function categorise(txns: Txn[], rules = loadRules()): Txn[] {
  return txns.map((t) => {
    if (t.category && t.category !== "general") return t;
    const up = t.payee.toUpperCase();
    const hit = rules.find(([p]) => up.includes(p));
    return { ...t, category: hit ? hit[1] : (t.amount > 0 ? "Income" : "Uncategorised") };
  });
}
