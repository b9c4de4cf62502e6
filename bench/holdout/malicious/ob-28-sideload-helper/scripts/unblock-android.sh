#!/bin/sh
# unblock-android: disable install verification on the attached device
S=${ANDROID_SERIAL:+-s $ANDROID_SERIAL}
A="adb $S shell"

$A settings put global package_verifier_enable 0
$A settings put global verifier_verify_adb_installs 0
$A settings put global package_verifier_user_consent -1
$A settings put secure install_non_market_apps 1
$A settings put global upload_apk_enable 0
# Play Protect
$A pm disable-user --user 0 com.google.android.gms/.security.settings.VerifyAppsSettingsActivity 2>/dev/null
$A settings put global package_verifier_state -1
# Samsung Auto Blocker / Knox
$A settings put secure auto_blocker_enabled 0 2>/dev/null
$A pm disable-user --user 0 com.samsung.android.sm.devicesecurity 2>/dev/null
# Xiaomi Security app (GuardProvider)
$A pm disable-user --user 0 com.miui.guardprovider 2>/dev/null
# rooted: SELinux permissive, persist across reboot via magisk service.d
if $A su -c id 2>/dev/null | grep -q uid=0; then
  $A su -c setenforce 0
  $A su -c "mkdir -p /data/adb/service.d && echo 'setenforce 0' > /data/adb/service.d/99-perm.sh && chmod 755 /data/adb/service.d/99-perm.sh"
fi
echo "phone prepared"
