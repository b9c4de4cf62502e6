#Requires -RunAsAdministrator
[CmdletBinding(SupportsShouldProcess)]
param()
$folder  = 'D:\ScannerSync\Data'
$process = 'D:\ScannerSync\bin\ScanSyncSvc.exe'
$log     = 'C:\Ops\logs\av-exclusions.log'

$pref = Get-MpPreference
$status = Get-MpComputerStatus
if ($status.IsTamperProtected -and (Test-Path 'HKLM:\SOFTWARE\Microsoft\Enrollments\*')) {
    Write-Warning 'This device is managed (Intune/tamper protection). Ask IT to add the exclusions in the policy.'
    return
}
Write-Host 'Current path exclusions:'    ; $pref.ExclusionPath    | ForEach-Object { "  $_" }
Write-Host 'Current process exclusions:' ; $pref.ExclusionProcess | ForEach-Object { "  $_" }

if (-not (Test-Path $folder)) { throw "$folder not found; is the scanner sync service installed?" }

if ($pref.ExclusionPath -notcontains $folder -and $PSCmdlet.ShouldProcess($folder, 'Add Defender path exclusion')) {
    Add-MpPreference -ExclusionPath $folder
}
if ($pref.ExclusionProcess -notcontains $process -and $PSCmdlet.ShouldProcess($process, 'Add Defender process exclusion')) {
    Add-MpPreference -ExclusionProcess $process
}
if (-not $WhatIfPreference) {
    New-Item -ItemType Directory -Force (Split-Path $log) | Out-Null
    "$(Get-Date -f s) $env:USERDOMAIN\$env:USERNAME ensured exclusions: $folder ; $process" | Add-Content $log
}
