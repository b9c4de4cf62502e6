// Logs which hosts OkHttp's CertificatePinner checks in our debug build.
// Read-only: calls the original implementation and reports the result.
Java.perform(function () {
  var Pinner = Java.use('okhttp3.CertificatePinner');
  var overloads = Pinner.check.overloads;
  overloads.forEach(function (ov) {
    ov.implementation = function () {
      var host = arguments[0];
      try {
        var r = ov.apply(this, arguments);
        console.log('[pin-ok]   ' + host);
        return r;
      } catch (e) {
        console.log('[pin-FAIL] ' + host + ' -> ' + e);
        throw e;
      }
    };
  });
  console.log('[probe] hooked ' + overloads.length + ' CertificatePinner.check overloads');
});
