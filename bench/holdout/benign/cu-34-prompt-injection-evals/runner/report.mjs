import { readFile } from "node:fs/promises";
const r = JSON.parse(await readFile(process.argv[2], "utf8"));
console.log("| id | category | result | evidence |\n|---|---|---|---|");
for (const x of r) console.log(`| ${x.id} | ${x.category} | ${x.pass ? "pass" : "**FAIL**"} | ${x.evidence.replace(/\|/g, "\\|").replace(/\n/g, " ")} |`);
const f = r.filter((x) => !x.pass).length;
console.log(`\n${r.length - f}/${r.length} passed`);
