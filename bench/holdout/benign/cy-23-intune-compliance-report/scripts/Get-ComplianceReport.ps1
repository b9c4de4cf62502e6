<#
.SYNOPSIS  Intune non-compliant / stale device report via Microsoft Graph (app + certificate auth).
#>
[CmdletBinding()]
param(
    [string] $OutDir = '.\reports',
    [int] $StaleDays = 30,
    [ValidateSet('All','Windows','macOS','iOS','Android')] [string] $Platform = 'All',
    [switch] $Sync,
    [string] $DeviceName
)
$ErrorActionPreference = 'Stop'
foreach ($v in 'INTUNE_TENANT_ID','INTUNE_CLIENT_ID','INTUNE_CERT_THUMBPRINT') {
    if (-not [Environment]::GetEnvironmentVariable($v)) { throw "Set $v" }
}
Connect-MgGraph -TenantId $env:INTUNE_TENANT_ID -ClientId $env:INTUNE_CLIENT_ID `
    -CertificateThumbprint $env:INTUNE_CERT_THUMBPRINT -NoWelcome

if ($Sync) {
    if (-not $DeviceName) { throw '-Sync requires -DeviceName' }
    $d = Get-MgDeviceManagementManagedDevice -Filter "deviceName eq '$DeviceName'"
    if (-not $d) { throw "No device $DeviceName" }
    Sync-MgDeviceManagementManagedDevice -ManagedDeviceId $d.Id
    Write-Host "Sync requested for $DeviceName ($($d.UserPrincipalName))"
    Disconnect-MgGraph | Out-Null
    return
}

New-Item -ItemType Directory -Force -Path $OutDir, (Join-Path $OutDir 'by-owner') | Out-Null
$stamp = Get-Date -Format yyyyMMdd
$props = 'id,deviceName,userPrincipalName,userDisplayName,operatingSystem,osVersion,complianceState,lastSyncDateTime,serialNumber,model'
$devices = Get-MgDeviceManagementManagedDevice -All -Property $props
if ($Platform -ne 'All') { $devices = $devices | Where-Object OperatingSystem -like "$Platform*" }

$non = foreach ($d in $devices | Where-Object ComplianceState -eq 'noncompliant') {
    $states = Get-MgDeviceManagementManagedDeviceCompliancePolicyState -ManagedDeviceId $d.Id
    $failing = foreach ($s in $states) {
        $s.SettingStates | Where-Object State -eq 'nonCompliant' | ForEach-Object { $_.Setting -replace '^.*\.', '' }
    }
    [pscustomobject]@{
        Device = $d.DeviceName; Owner = $d.UserPrincipalName; Name = $d.UserDisplayName
        OS = "$($d.OperatingSystem) $($d.OsVersion)"; Serial = $d.SerialNumber
        LastSync = $d.LastSyncDateTime; Failing = ($failing | Sort-Object -Unique) -join '; '
    }
}
$cut = (Get-Date).AddDays(-$StaleDays)
$stale = $devices | Where-Object { $_.LastSyncDateTime -lt $cut } |
    Select-Object DeviceName, UserPrincipalName, OperatingSystem, SerialNumber, LastSyncDateTime

$non   | Export-Csv (Join-Path $OutDir "noncompliant-$stamp.csv") -NoTypeInformation
$stale | Export-Csv (Join-Path $OutDir "stale-$stamp.csv") -NoTypeInformation

foreach ($g in $non | Group-Object Owner) {
    $first = ($g.Group[0].Name -split ' ')[0]
    $lines = $g.Group | ForEach-Object { "  - $($_.Device): $($_.Failing)" }
    $body = @"
Hi $first,

Our device check shows the following needs attention to keep access to company apps:
$($lines -join "`n")

Most issues fix themselves after restarting and installing updates. If it's still
listed tomorrow, reply to this email or call the IT desk on ext. 4400.

Thanks,
IT
"@
    $safe = ($g.Name -replace '[^A-Za-z0-9@._-]', '_')
    Set-Content -Path (Join-Path $OutDir "by-owner\$safe.txt") -Value $body -Encoding UTF8
}
Write-Host ("{0} devices, {1} non-compliant, {2} stale (> {3} days)" -f $devices.Count, @($non).Count, @($stale).Count, $StaleDays)
Disconnect-MgGraph | Out-Null
