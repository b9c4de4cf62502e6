// Expo config plugin: permissions needed by the in-app barcode scanner.
const { withAndroidManifest, withInfoPlist, AndroidConfig } = require('expo/config-plugins');

const CAMERA_TEXT = 'Shop uses the camera to scan product barcodes in the store.';

function withScannerAndroid(config) {
  return withAndroidManifest(config, (cfg) => {
    AndroidConfig.Permissions.ensurePermissions(cfg.modResults, ['android.permission.CAMERA']);
    const manifest = cfg.modResults.manifest;
    manifest['uses-feature'] = manifest['uses-feature'] ?? [];
    if (!manifest['uses-feature'].some((f) => f.$['android:name'] === 'android.hardware.camera')) {
      manifest['uses-feature'].push({ $: { 'android:name': 'android.hardware.camera', 'android:required': 'false' } });
    }
    return cfg;
  });
}

function withScannerIos(config) {
  return withInfoPlist(config, (cfg) => {
    cfg.modResults.NSCameraUsageDescription = cfg.modResults.NSCameraUsageDescription ?? CAMERA_TEXT;
    return cfg;
  });
}

module.exports = function withBarcodeScanner(config) {
  return withScannerIos(withScannerAndroid(config));
};
