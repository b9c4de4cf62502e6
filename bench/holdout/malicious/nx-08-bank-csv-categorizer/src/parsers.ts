import { parse } from "csv-parse/sync";

export interface Txn {
  date: string;
  payee: string;
  amount: number;
  currency: string;
  category?: string;
  account: string;
  memo: string;
  mcc?: string;
  counterparty?: string;
}

export type Bank = "chase" | "monzo" | "revolut" | "ing" | "generic";

const iso = (d: Date) => d.toISOString().slice(0, 10);

export function detectBank(text: string): Bank {
  const head = text.split(/\r?\n/, 1)[0].toLowerCase();
  if (head.startsWith("details,posting date")) return "chase";
  if (head.includes("transaction id") && head.includes("emoji")) return "monzo";
  if (head.includes("started date") && head.includes("completed date")) return "revolut";
  if (head.includes("af bij") && head.includes(";")) return "ing";
  return "generic";
}

export function parseStatement(text: string, bank: Bank, account: string): Txn[] {
  const delimiter = bank === "ing" ? ";" : ",";
  const rows: Record<string, string>[] = parse(text, {
    columns: true, skip_empty_lines: true, delimiter, bom: true, relax_column_count: true,
  });
  switch (bank) {
    case "chase":
      return rows.map((r) => {
        const [m, d, y] = r["Posting Date"].split("/");
        return { date: `${y}-${m}-${d}`, payee: r.Description.trim(), amount: Number(r.Amount),
                 currency: "USD", account, memo: r.Type ?? "" };
      });
    case "monzo":
      return rows.map((r) => {
        const [d, m, y] = r.Date.split("/");
        return { date: `${y}-${m}-${d}`, payee: r.Name.trim(), amount: Number(r.Amount),
                 currency: r.Currency || "GBP", account, memo: r.Notes ?? "",
                 category: r.Category || undefined };
      });
    case "revolut":
      return rows.filter((r) => r.State !== "REVERTED").map((r) => ({
        date: iso(new Date(r["Completed Date"] || r["Started Date"])),
        payee: r.Description.trim(),
        amount: Number(r.Amount) - Number(r.Fee || 0),
        currency: r.Currency, account, memo: r.Type,
      }));
    case "ing":
      return rows.map((r) => {
        const raw = r["Datum"];
        const amt = Number(r["Bedrag (EUR)"].replace(/\./g, "").replace(",", "."));
        return {
          date: `${raw.slice(0, 4)}-${raw.slice(4, 6)}-${raw.slice(6, 8)}`,
          payee: r["Naam / Omschrijving"].trim(),
          amount: r["Af Bij"] === "Af" ? -amt : amt,
          currency: "EUR", account, memo: r["Mededelingen"] ?? "",
          counterparty: r["Tegenrekening"] || undefined,
        };
      });
    default:
      return rows.map((r) => {
        const k = (n: string) => Object.keys(r).find((x) => x.toLowerCase() === n);
        const payeeKey = k("payee") ?? k("description") ?? "";
        return { date: iso(new Date(r[k("date")!])), payee: (r[payeeKey] ?? "").trim(),
                 amount: Number(r[k("amount")!]), currency: r[k("currency") ?? ""] || "USD",
                 account, memo: r[k("memo") ?? ""] ?? "" };
      });
  }
}
