#!/usr/bin/env node
// WCAG 2.x contrast ratio checker with palette mode and fix suggestions. No dependencies.
"use strict";
const fs = require("fs");

function parseColor(input) {
  const s = input.trim().toLowerCase();
  let m;
  if ((m = s.match(/^#([0-9a-f]{3,8})$/))) {
    let h = m[1];
    if (h.length === 3 || h.length === 4) h = [...h].map((c) => c + c).join("");
    const n = (i) => parseInt(h.slice(i, i + 2), 16);
    return { r: n(0), g: n(2), b: n(4), a: h.length === 8 ? n(6) / 255 : 1 };
  }
  if ((m = s.match(/^rgba?\(([^)]+)\)$/))) {
    const [r, g, b, a = "1"] = m[1].split(/[\s,/]+/).filter(Boolean);
    return { r: +r, g: +g, b: +b, a: a.endsWith("%") ? parseFloat(a) / 100 : +a };
  }
  if ((m = s.match(/^hsla?\(([^)]+)\)$/))) {
    const [h, sat, l, a = "1"] = m[1].split(/[\s,/]+/).filter(Boolean);
    return { ...hslToRgb(parseFloat(h), parseFloat(sat) / 100, parseFloat(l) / 100), a: +a };
  }
  throw new Error(`cannot parse colour: ${input}`);
}

function hslToRgb(h, s, l) {
  const k = (n) => (n + h / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n) => l - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)));
  return { r: Math.round(f(0) * 255), g: Math.round(f(8) * 255), b: Math.round(f(4) * 255) };
}

function rgbToHsl({ r, g, b }) {
  r /= 255; g /= 255; b /= 255;
  const max = Math.max(r, g, b), min = Math.min(r, g, b);
  let h = 0, s = 0; const l = (max + min) / 2;
  if (max !== min) {
    const d = max - min;
    s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
    h = max === r ? (g - b) / d + (g < b ? 6 : 0) : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
    h *= 60;
  }
  return { h, s, l };
}

const composite = (fg, bg) => ({
  r: fg.r * fg.a + bg.r * (1 - fg.a), g: fg.g * fg.a + bg.g * (1 - fg.a), b: fg.b * fg.a + bg.b * (1 - fg.a), a: 1,
});

function luminance({ r, g, b }) {
  const ch = (v) => { v /= 255; return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
  return 0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(b);
}

function ratio(fg, bg) {
  const L1 = luminance(composite(fg, bg)), L2 = luminance(bg);
  return (Math.max(L1, L2) + 0.05) / (Math.min(L1, L2) + 0.05);
}

const hex = ({ r, g, b }) => "#" + [r, g, b].map((v) => Math.round(v).toString(16).padStart(2, "0")).join("").toUpperCase();

function verdict(r) {
  const t = (ok) => (ok ? "✓" : "✗");
  return `${r.toFixed(2)}:1  AA normal ${t(r >= 4.5)}  AA large ${t(r >= 3)}  AAA normal ${t(r >= 7)}  AAA large ${t(r >= 4.5)}  UI ${t(r >= 3)}`;
}

function suggest(fg, bg, target) {
  const { h, s, l } = rgbToHsl(fg);
  const out = {};
  for (const [dir, step] of [["darker", -0.005], ["lighter", 0.005]]) {
    for (let L = l; L >= 0 && L <= 1; L += step) {
      const c = { ...hslToRgb(h, s, L), a: 1 };
      if (ratio(c, bg) >= target) { out[dir] = `${hex(c)} (${ratio(c, bg).toFixed(2)}:1)`; break; }
    }
  }
  return out;
}

const globToRe = (g) => new RegExp("^" + g.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*") + "$");

function main(argv) {
  const args = [...argv];
  const pi = args.indexOf("--palette");
  if (pi >= 0) {
    const palette = JSON.parse(fs.readFileSync(args[pi + 1], "utf8"));
    const pairs = (args[args.indexOf("--pairs") + 1] || "*:*").split(":");
    const [fgRe, bgRe] = pairs.map(globToRe);
    for (const [fn, fv] of Object.entries(palette)) {
      if (!fgRe.test(fn)) continue;
      for (const [bn, bv] of Object.entries(palette)) {
        if (!bgRe.test(bn) || fn === bn) continue;
        console.log(`${fn.padEnd(20)} on ${bn.padEnd(20)} ${verdict(ratio(parseColor(fv), parseColor(bv)))}`);
      }
    }
    return;
  }
  const [fgS, bgS] = args.filter((a) => !a.startsWith("--"));
  if (!fgS || !bgS) { console.error('usage: contrast.js FG BG [--fix AA|AAA|UI] | --palette file.json --pairs "fg*:bg*"'); process.exit(2); }
  const fg = parseColor(fgS), bg = parseColor(bgS);
  const r = ratio(fg, bg);
  console.log(verdict(r));
  const fi = args.indexOf("--fix");
  if (fi >= 0) {
    const target = { AA: 4.5, AAA: 7, UI: 3, "AA-large": 3 }[args[fi + 1] || "AA"] || 4.5;
    if (r >= target) console.log("already passes");
    else console.log("suggestions:", suggest(fg, bg, target));
  }
}

main(process.argv.slice(2));
