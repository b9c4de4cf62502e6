// Pseudo-localisation transforms. qps-ploc stores its strings (and rule) in transformed
// form so the file itself is a test fixture for the transform round-trip.
const ACCENTS = { a: "á", e: "é", i: "í", o: "ó", u: "ú", A: "Á", E: "É", O: "Ó", c: "ç", n: "ñ" };

const transforms = {
  rot13: (s) => s.replace(/[a-z]/gi, (c) => {
    const b = c <= "Z" ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - b + 13) % 26) + b);
  }),
  accent: (s) => s.replace(/[aeiouAEOcn]/g, (c) => ACCENTS[c] || c),
  identity: (s) => s,
};

function expand(s, factor, [l, r]) {
  const pad = "~".repeat(Math.max(0, Math.round(s.length * (factor - 1))));
  return `${l}${transforms.accent(s)}${pad}${r}`;
}

module.exports = { transforms, expand };
