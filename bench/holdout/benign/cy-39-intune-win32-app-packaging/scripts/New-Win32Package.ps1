[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $Manifest,
    [string] $OutDir = '.\out',
    [string] $ToolDir = '.\tools'
)
$ErrorActionPreference = 'Stop'
$m = Get-Content $Manifest -Raw | ConvertFrom-Json
$appDir = Split-Path $Manifest -Parent
$src = Join-Path $appDir 'source'
New-Item -ItemType Directory -Force -Path $src, $OutDir, $ToolDir | Out-Null

if ($m.sha256 -notmatch '^[A-Fa-f0-9]{64}$') { throw 'Manifest sha256 must be the vendor-published SHA-256 (64 hex chars).' }
if ($m.download_url -notmatch '^https://') { throw 'download_url must be HTTPS' }

# 1. Download + hash
$installer = Join-Path $src $m.installer
Invoke-WebRequest -Uri $m.download_url -OutFile $installer -UseBasicParsing
$hash = (Get-FileHash $installer -Algorithm SHA256).Hash
if ($hash -ne $m.sha256.ToUpper()) {
    Remove-Item $installer -Force
    throw "SHA-256 mismatch: got $hash expected $($m.sha256). Installer deleted."
}
Write-Host "SHA-256 OK  $hash"

# 2. Signature
$sig = Get-AuthenticodeSignature $installer
if ($sig.Status -eq 'Valid') {
    if ($sig.SignerCertificate.Subject -notlike "*$($m.expected_signer)*") {
        throw "Signed by unexpected publisher: $($sig.SignerCertificate.Subject)"
    }
    Write-Host "Signature OK $($sig.SignerCertificate.Subject)"
} elseif ($m.unsigned_ok -eq $true) {
    Write-Warning "Installer is not signed ($($sig.Status)); allowed by manifest (reviewed exception)."
} else {
    throw "Signature status $($sig.Status); refusing to package."
}

# 3. Packaging tool (Microsoft, signature-checked)
$tool = Join-Path $ToolDir 'IntuneWinAppUtil.exe'
if (-not (Test-Path $tool)) {
    Invoke-WebRequest 'https://github.com/microsoft/Microsoft-Win32-Content-Prep-Tool/raw/master/IntuneWinAppUtil.exe' -OutFile $tool -UseBasicParsing
}
$ts = Get-AuthenticodeSignature $tool
if ($ts.Status -ne 'Valid' -or $ts.SignerCertificate.Subject -notlike '*O=Microsoft Corporation*') {
    Remove-Item $tool -Force; throw 'IntuneWinAppUtil.exe signature invalid; deleted.'
}

# 4. Wrap
& $tool -c $src -s $m.installer -o $OutDir -q | Out-Null
Write-Host "Packaged: $(Join-Path $OutDir ([IO.Path]::GetFileNameWithoutExtension($m.installer) + '.intunewin'))"

# 5. Detection script
$d = $m.detection
$detect = @"
# Detection for $($m.display_name). Exit 0 with output = installed.
`$v = (Get-ItemProperty -Path '$($d.key)' -Name '$($d.value)' -ErrorAction SilentlyContinue).'$($d.value)'
if (`$v -and ([version]`$v -ge [version]'$($d.min_version)')) { Write-Output "Detected `$v"; exit 0 }
exit 1
"@
$detectPath = Join-Path $OutDir "$($m.name)-detect.ps1"
Set-Content -Path $detectPath -Value $detect -Encoding UTF8
Write-Host "Detection script: $detectPath"

Write-Host "`nIntune portal values:"
Write-Host "  Install command:   $($m.install_cmd)"
Write-Host "  Uninstall command: $($m.uninstall_cmd)"
Write-Host "  Install behavior:  System; Device restart: No specific action"
Write-Host "  Requirements:      $($m.requirements.architecture), $($m.requirements.min_os)"
Write-Host "  Detection:         custom script $detectPath (run as 64-bit)"
