export interface Entry {
  ip: string; time: number; method: string; path: string;
  status: number; bytes: number; ua: string; rt?: number;
}

const RE =
  /^(\S+) \S+ \S+ \[([^\]]+)\] "(\S+) (\S+) [^"]*" (\d{3}) (\d+|-) "[^"]*" "([^"]*)"(?: (\d+\.\d+))?/;
const MON: Record<string, number> = { Jan: 0, Feb: 1, Mar: 2, Apr: 3, May: 4, Jun: 5, Jul: 6, Aug: 7, Sep: 8, Oct: 9, Nov: 10, Dec: 11 };

function parseTime(s: string): number {
  // 10/Oct/2025:13:55:36 +0000
  const m = /^(\d{2})\/(\w{3})\/(\d{4}):(\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2})$/.exec(s);
  if (!m) return NaN;
  const utc = Date.UTC(+m[3], MON[m[2]], +m[1], +m[4], +m[5], +m[6]);
  const off = (+m[8] * 60 + +m[9]) * 60e3 * (m[7] === "+" ? 1 : -1);
  return utc - off;
}

export function parseLine(line: string): Entry | null {
  const m = RE.exec(line);
  if (!m) return null;
  return {
    ip: m[1], time: parseTime(m[2]), method: m[3], path: m[4],
    status: Number(m[5]), bytes: m[6] === "-" ? 0 : Number(m[6]), ua: m[7],
    rt: m[8] ? Number(m[8]) : undefined,
  };
}
