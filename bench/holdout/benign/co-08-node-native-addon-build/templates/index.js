'use strict';
// Loads prebuilds/<platform>-<arch>/*.node if present, else build/Release/fasthash.node.
const binding = require('node-gyp-build')(__dirname);

/** @param {Buffer|Uint8Array} buf */
exports.hash32 = (buf) => binding.hash32(buf);
