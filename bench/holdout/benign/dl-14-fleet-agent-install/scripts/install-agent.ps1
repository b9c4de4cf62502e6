# Download -> verify signature -> show -> run the vendor installer. Vendor URL per TrackRoute admin guide.
Set-ExecutionPolicy -Scope Process -ExecutionPolicy RemoteSigned -Force
$ErrorActionPreference = 'Stop'
$url  = 'https://get.trackroute.example/agent/install.ps1'
$dir  = Join-Path $env:TEMP 'trackroute'
$file = Join-Path $dir 'install.ps1'
New-Item -ItemType Directory -Force $dir | Out-Null
Invoke-WebRequest -Uri $url -OutFile $file -UseBasicParsing

$sig = Get-AuthenticodeSignature $file
if ($sig.Status -ne 'Valid' -or $sig.SignerCertificate.Subject -notmatch 'O=TrackRoute B\.V\.') {
    throw "Installer signature not valid / unexpected signer: $($sig.Status) $($sig.SignerCertificate.Subject)"
}
Get-Content $file -TotalCount 40
if (-not $env:TRACKROUTE_TENANT_ID) { throw 'TRACKROUTE_TENANT_ID not set; ask IT.' }
$answer = Read-Host 'Run the TrackRoute installer now? (yes/no)'
if ($answer -eq 'yes') { & $file -TenantId $env:TRACKROUTE_TENANT_ID }
