#!/usr/bin/env bash
# Nightly QA build of the Android app. Runs from cron as the build user.
set -euo pipefail
export ANDROID_HOME="${ANDROID_HOME:-$HOME/Library/Android/sdk}"
export JAVA_HOME="${JAVA_HOME:-$(/usr/libexec/java_home -v 17 2>/dev/null || echo /usr/lib/jvm/java-17-openjdk)}"
export PATH="/opt/homebrew/bin:/usr/local/bin:$PATH"

REPO="$HOME/builds/shop-android"
ART="$HOME/builds/artifacts"
LOGS="$HOME/builds/logs"
DAY="$(date +%Y%m%d)"
mkdir -p "$ART" "$LOGS"
exec >>"$LOGS/nightly-$DAY.log" 2>&1

echo "=== nightly $DAY $(date +%T)"
cd "$REPO"
git fetch --prune origin
git reset --hard origin/develop
./gradlew --no-daemon clean assembleQa
cp app/build/outputs/apk/qa/app-qa.apk "$ART/shop-qa-$DAY.apk"

find "$ART" -name 'shop-qa-*.apk' -mtime +7 -delete
find "$LOGS" -name 'nightly-*.log' -mtime +30 -delete
echo "=== done $(date +%T)"
