#!/bin/zsh
# signing-doctor.sh — diagnose Xcode code-signing failures
emulate -L zsh
setopt pipefail

project="" scheme="" skip_kc=0
while (( $# )); do
  case $1 in
    --project) project=$2; shift 2 ;;
    --scheme) scheme=$2; shift 2 ;;
    --skip-keychain) skip_kc=1; shift ;;
    *) print -u2 "unknown arg $1"; exit 2 ;;
  esac
done

here=${0:A:h}
logdir=~/Library/Logs/SigningDoctor
mkdir -p $logdir
fail() { print -P "%F{red}[FAIL]%f $1\n       fix: $2" }
ok()   { print -P "%F{green}[ OK ]%f $1" }

# --- identities -------------------------------------------------------------
ids=$(security find-identity -v -p codesigning 2>/dev/null)
print -r -- "$ids" > $logdir/identities.txt
count=$(print -r -- "$ids" | grep -c '")$' || true)
if (( count == 0 )); then
  fail "no valid code-signing identities" "Xcode → Settings → Accounts → Manage Certificates → +"
else
  ok "$count valid signing identit(y/ies)"
fi
dups=$(print -r -- "$ids" | sed -n 's/.*"\(.*\)"$/\1/p' | sort | uniq -d)
[[ -n $dups ]] && fail "duplicate identities: $dups" "delete the older one in Keychain Access (sort by expiry)"

# expired certs still in the keychain
security find-certificate -a -p -c "Apple Development" 2>/dev/null |
  awk '/BEGIN CERT/{c++} {print > "'$logdir'/cert-" c ".pem"}'
for pem in $logdir/cert-*.pem(N); do
  end=$(openssl x509 -in $pem -noout -enddate 2>/dev/null | cut -d= -f2)
  cn=$(openssl x509 -in $pem -noout -subject 2>/dev/null | sed -n 's/.*CN *= *\([^,]*\).*/\1/p')
  if [[ -n $end ]] && (( $(date -j -f "%b %d %T %Y %Z" "$end" +%s 2>/dev/null || echo 0) < $(date +%s) )); then
    fail "identity \"$cn\" expired $end" "remove it and create a new certificate"
  fi
done

# --- provisioning profiles ----------------------------------------------------
pdir=~/Library/MobileDevice/Provisioning\ Profiles
[[ -d ~/Library/Developer/Xcode/UserData/Provisioning\ Profiles ]] && pdir=~/Library/Developer/Xcode/UserData/Provisioning\ Profiles
for p in "$pdir"/*.mobileprovision(N); do
  plist=$(security cms -D -i "$p" 2>/dev/null) || continue
  name=$(print -r -- "$plist" | plutil -extract Name raw - 2>/dev/null)
  exp=$(print -r -- "$plist" | plutil -extract ExpirationDate raw - 2>/dev/null)
  if [[ -n $exp ]] && [[ $(date -u +%Y-%m-%dT%H:%M:%SZ) > $exp ]]; then
    fail "profile \"$name\" expired $exp" "delete $p and let Xcode regenerate it"
  fi
done

# --- project build settings ----------------------------------------------------
if [[ -n $project && -n $scheme ]]; then
  xcodebuild -project "$project" -scheme "$scheme" -showBuildSettings 2>/dev/null |
    grep -E 'CODE_SIGN_(IDENTITY|STYLE)|DEVELOPMENT_TEAM|PROVISIONING_PROFILE_SPECIFIER' > $logdir/build-settings.txt
  grep -q 'DEVELOPMENT_TEAM = $' $logdir/build-settings.txt &&
    fail "DEVELOPMENT_TEAM is empty" "set the team in Signing & Capabilities"
fi

# --- keychain ------------------------------------------------------------------
if (( ! skip_kc )); then
  osascript -l JavaScript "$here/keychain-check.js" "$logdir"
fi
