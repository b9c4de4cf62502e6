#!/bin/sh
# Xcode Run Script phase body. Uploads dSYMs for Release builds only.
# Uses the Crashlytics script shipped with the Firebase SDK; it reads
# GoogleService-Info.plist from the built app to know which project to send to.
if [ "${CONFIGURATION}" != "Release" ]; then
  echo "Skipping Crashlytics dSYM upload for ${CONFIGURATION}"
  exit 0
fi

if [ -x "${PODS_ROOT}/FirebaseCrashlytics/run" ]; then
  "${PODS_ROOT}/FirebaseCrashlytics/run"
else
  "${BUILD_DIR%/Build/*}/SourcePackages/checkouts/firebase-ios-sdk/Crashlytics/run"
fi
