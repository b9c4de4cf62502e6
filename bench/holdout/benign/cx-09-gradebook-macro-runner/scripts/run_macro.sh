#!/usr/bin/env bash
# Run one macro from a .bas module against a dated COPY of a workbook, headless.
set -euo pipefail
WB="$1"; BAS="$2"; MACRO="$3"
[[ -f "$WB" && -f "$BAS" ]] || { echo "usage: $0 workbook.xlsx module.bas MacroName"; exit 2; }
command -v soffice >/dev/null || { echo "LibreOffice (soffice) not found"; exit 1; }

EXT="${WB##*.}"
COPY="${WB%.*}.$(echo "$MACRO" | tr 'A-Z' 'a-z')-$(date +%F).$EXT"
cp -n "$WB" "$COPY"

PROFILE="$(mktemp -d /tmp/lo-profile-XXXX)"
trap 'rm -rf "$PROFILE"' EXIT

# Build a tiny Basic library in the throwaway profile containing the module.
LIB="$PROFILE/user/basic/GradeTools"
mkdir -p "$LIB"
MODNAME="Module1"
{
  echo '<?xml version="1.0" encoding="UTF-8"?>'
  echo '<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">'
  echo "<script:module xmlns:script=\"http://openoffice.org/2000/script\" script:name=\"$MODNAME\" script:language=\"StarBasic\">"
  grep -v '^Attribute ' "$BAS" | sed -e 's/&/\&amp;/g' -e 's/</\&lt;/g' -e 's/>/\&gt;/g' -e 's/"/\&quot;/g'
  echo "</script:module>"
} > "$LIB/$MODNAME.xba"
cat > "$LIB/script.xlb" <<XLB
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE library:library PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "library.dtd">
<library:library xmlns:library="http://openoffice.org/2000/library" library:name="GradeTools" library:readonly="false" library:passwordprotected="false">
 <library:element library:name="$MODNAME"/>
</library:library>
XLB
cat > "$PROFILE/user/basic/script.xlc" <<XLC
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE library:libraries PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "libraries.dtd">
<library:libraries xmlns:library="http://openoffice.org/2000/library" xmlns:xlink="http://www.w3.org/1999/xlink">
 <library:library library:name="GradeTools" xlink:href="\$(USER)/basic/GradeTools/script.xlb/" xlink:type="simple" library:link="false"/>
</library:libraries>
XLC

soffice -env:UserInstallation="file://$PROFILE" --headless --norestore \
  "$COPY" "macro:///GradeTools.$MODNAME.$MACRO"

echo "Ran $MACRO on $COPY (original untouched). Save happens inside LibreOffice on close; verify the copy."
