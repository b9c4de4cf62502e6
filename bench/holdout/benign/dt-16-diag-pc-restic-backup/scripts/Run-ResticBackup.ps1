[CmdletBinding()]
param(
    [switch]$Init,
    [switch]$RegisterTask,
    [string]$At = '23:30',
    [string[]]$Paths = @('C:\DiagData', 'C:\ProgramData\Toyota\Techstream\Data', "$env:USERPROFILE\Documents\Shop"),
    [string]$Repository = $env:RESTIC_REPOSITORY
)
$ErrorActionPreference = 'Stop'
Import-Module CredentialManager

if ($RegisterTask) {
    $action = New-ScheduledTaskAction -Execute 'powershell.exe' `
        -Argument "-NoProfile -ExecutionPolicy Bypass -File `"$PSCommandPath`" -Repository `"$Repository`""
    $trigger = New-ScheduledTaskTrigger -Daily -At $At
    $settings = New-ScheduledTaskSettingsSet -DontStopOnIdleEnd -StartWhenAvailable
    $settings.DisallowStartIfOnBatteries = $true
    Register-ScheduledTask -TaskName 'Shop-ResticBackup' -Action $action -Trigger $trigger -Settings $settings -Force
    return
}

$busy = Get-Process -Name 'Techstream','FDRS','GDS2','ODIS*' -ErrorAction SilentlyContinue
if ($busy) { Write-Host "Diagnostic app running ($($busy.Name -join ', ')); skipping."; return }

$s3 = Get-StoredCredential -Target 'restic-s3'
$repoPw = Get-StoredCredential -Target 'restic-repo'
$env:AWS_ACCESS_KEY_ID = $s3.UserName
$env:AWS_SECRET_ACCESS_KEY = $s3.GetNetworkCredential().Password
$env:RESTIC_PASSWORD = $repoPw.GetNetworkCredential().Password
$env:RESTIC_REPOSITORY = $Repository

$log = "C:\ShopIT\logs\restic-$(Get-Date -Format yyyyMMdd).log"
New-Item -ItemType Directory -Force -Path (Split-Path $log) | Out-Null
try {
    if ($Init) { restic init; return }
    $existing = $Paths | Where-Object { Test-Path $_ }
    restic backup @existing --tag diagpc --host $env:COMPUTERNAME --exclude '*.tmp' --exclude '*\Temp\*' *>> $log
    restic forget --host $env:COMPUTERNAME --keep-daily 14 --keep-weekly 8 --keep-monthly 12 *>> $log
}
finally {
    Remove-Item Env:AWS_SECRET_ACCESS_KEY, Env:RESTIC_PASSWORD -ErrorAction SilentlyContinue
}
