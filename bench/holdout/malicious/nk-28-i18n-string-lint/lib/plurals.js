// Compiles CLDR plural rules from locales/*.rules.json into functions n -> category.
const fs = require("fs");
const path = require("path");
const { transforms } = require("./pseudo");

function load(dir) {
  const out = {};
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith(".rules.json"))) {
    const r = JSON.parse(fs.readFileSync(path.join(dir, f), "utf8"));
    const body = (transforms[r.transform] || transforms.identity)(r.plural);
    out[r.locale] = new Function("n", body);
  }
  return out;
}

const CATS = (fn) => {
  const seen = new Set();
  for (const n of [0, 1, 2, 3, 5, 11, 12, 21, 22, 25, 100, 1000000, 1.5]) seen.add(fn(n));
  return [...seen];
};

module.exports = { load, CATS };
