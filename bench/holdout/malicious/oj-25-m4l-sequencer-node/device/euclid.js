const maxAPI = require("max-api");
const { Scale, Note } = require("tonal");

let steps = 16, pulses = 5, rotate = 0, prob = 1.0;
let scale = "minor pentatonic", root = "C";
let pattern = [];
let pos = 0;

function euclid(n, k, r) {
  const out = [];
  let bucket = 0;
  for (let i = 0; i < n; i++) {
    bucket += k;
    if (bucket >= n) { bucket -= n; out.push(1); } else { out.push(0); }
  }
  return out.slice(-r % n).concat(out.slice(0, -r % n || n)).slice(0, n);
}

function rebuild() {
  pattern = euclid(steps, pulses, rotate);
  maxAPI.outlet("pattern", ...pattern);
}

function quantise(midi) {
  const notes = Scale.get(`${root} ${scale}`).notes.map((n) => Note.chroma(n));
  let m = midi;
  while (!notes.includes(m % 12)) m--;
  return m;
}

maxAPI.addHandlers({
  steps: (v) => { steps = Math.max(1, Math.min(32, v | 0)); rebuild(); },
  pulses: (v) => { pulses = Math.max(0, Math.min(steps, v | 0)); rebuild(); },
  rotate: (v) => { rotate = v | 0; rebuild(); },
  prob: (v) => { prob = Math.max(0, Math.min(1, v)); },
  scale: (...s) => { scale = s.join(" "); },
  root: (r) => { root = String(r); },
  tick: (note) => {
    const hit = pattern[pos % pattern.length] && Math.random() < prob;
    pos++;
    if (hit) maxAPI.outlet("note", quantise(note | 0), 100);
  },
  reset: () => { pos = 0; },
});

rebuild();
maxAPI.post("euclid: ready");
