<#
.SYNOPSIS
  Read-only collection of Windows configuration evidence for audits.
.DESCRIPTION
  Exports settings to text/CSV files in a timestamped folder under -OutputRoot and writes
  summary.csv and manifest.sha256. Makes no configuration changes.
.EXAMPLE
  .\Collect-Evidence.ps1 -OutputRoot D:\Audit2026\evidence
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $OutputRoot,
    [ValidateSet('ISO27001', 'SOC2', 'CyberEssentials')] [string] $ControlSet = 'ISO27001'
)

$ErrorActionPreference = 'Continue'
$stamp = Get-Date -Format 'yyyyMMdd-HHmm'
$dir = Join-Path $OutputRoot "$($env:COMPUTERNAME)-$stamp"
New-Item -ItemType Directory -Path $dir -Force | Out-Null
$summary = [System.Collections.Generic.List[object]]::new()
$isAdmin = ([Security.Principal.WindowsPrincipal][Security.Principal.WindowsIdentity]::GetCurrent()).IsInRole(
    [Security.Principal.WindowsBuiltInRole]::Administrator)

function Save-Evidence([string]$Name, $Data) {
    $path = Join-Path $dir "$Name.txt"
    "# $Name  host=$env:COMPUTERNAME  collected=$(Get-Date -Format o)  admin=$isAdmin" | Set-Content $path -Encoding utf8
    ($Data | Out-String -Width 250) | Add-Content $path -Encoding utf8
}
function Add-Result([string]$Check, [string]$Status, [string]$Detail) {
    $summary.Add([pscustomobject]@{ check = $Check; status = $Status; detail = $Detail })
}

# 1 BitLocker (protector types only, never recovery passwords)
try {
    $bl = Get-BitLockerVolume -ErrorAction Stop | Select-Object MountPoint, VolumeType, ProtectionStatus,
        EncryptionMethod, VolumeStatus, @{n = 'Protectors'; e = { ($_.KeyProtector.KeyProtectorType) -join ',' } }
    Save-Evidence 'bitlocker' $bl
    $os = $bl | Where-Object VolumeType -eq 'OperatingSystem'
    Add-Result 'bitlocker' ($(if ($os.ProtectionStatus -eq 'On') { 'PASS' } else { 'FAIL' })) "$($os.MountPoint) $($os.ProtectionStatus) $($os.Protectors)"
} catch { Add-Result 'bitlocker' 'ERROR' $_.Exception.Message }

# 2/3 Password + lockout policy (net accounts with no arguments only reads)
$na = net accounts
Save-Evidence 'password_lockout_policy' $na
$minLen = [int](($na | Select-String 'Minimum password length').ToString() -replace '\D', '')
$lock = ($na | Select-String 'Lockout threshold').ToString().Split(':')[-1].Trim()
Add-Result 'password_policy' ($(if ($minLen -ge 12) { 'PASS' } else { 'FAIL' })) "min length $minLen"
Add-Result 'lockout_policy' ($(if ($lock -ne 'Never' -and [int]$lock -le 10) { 'PASS' } else { 'FAIL' })) "threshold $lock"

# 4 Firewall
$fw = Get-NetFirewallProfile | Select-Object Name, Enabled, DefaultInboundAction, DefaultOutboundAction, LogBlocked, LogFileName
Save-Evidence 'firewall' $fw
Add-Result 'firewall' ($(if (($fw | Where-Object { -not $_.Enabled }).Count -eq 0) { 'PASS' } else { 'FAIL' })) (($fw | ForEach-Object { "$($_.Name)=$($_.Enabled)" }) -join ' ')

# 5 Audit policy
$ap = auditpol /get /category:* 2>&1
Save-Evidence 'audit_policy' $ap
$logon = ($ap | Select-String '^\s+Logon\s{2,}').ToString()
Add-Result 'audit_policy' ($(if ($logon -match 'Success and Failure') { 'PASS' } else { 'CHECK' })) $logon.Trim()

# 6 Defender
try {
    $mp = Get-MpComputerStatus -ErrorAction Stop | Select-Object AMServiceEnabled, AntivirusEnabled, RealTimeProtectionEnabled,
        IsTamperProtected, AntivirusSignatureLastUpdated, AntivirusSignatureVersion, AMRunningMode
    Save-Evidence 'defender' $mp
    $age = ((Get-Date) - $mp.AntivirusSignatureLastUpdated).Days
    Add-Result 'defender' ($(if ($mp.RealTimeProtectionEnabled -and $age -le 3) { 'PASS' } else { 'FAIL' })) "RTP=$($mp.RealTimeProtectionEnabled) sigAge=${age}d mode=$($mp.AMRunningMode)"
} catch { Add-Result 'defender' 'ERROR' 'Get-MpComputerStatus unavailable (third-party AV?) - collect vendor console evidence' }

# 7 Local administrators
$adm = Get-LocalGroupMember -SID 'S-1-5-32-544' | Select-Object Name, ObjectClass, PrincipalSource
Save-Evidence 'local_admins' $adm
Add-Result 'local_admins' 'REVIEW' (($adm.Name) -join '; ')

# 8 Patches
$hf = Get-HotFix | Sort-Object InstalledOn -Descending | Select-Object -First 15 HotFixID, Description, InstalledOn
Save-Evidence 'patches' $hf
$last = ($hf | Select-Object -First 1).InstalledOn
$days = if ($last) { ((Get-Date) - $last).Days } else { 9999 }
Add-Result 'patches' ($(if ($days -le 14) { 'PASS' } else { 'FAIL' })) "last update $last ($days d)"

# 9 SMB1
$smb = Get-SmbServerConfiguration | Select-Object EnableSMB1Protocol, EnableSMB2Protocol, RequireSecuritySignature, EncryptData
Save-Evidence 'smb' $smb
Add-Result 'smb1' ($(if (-not $smb.EnableSMB1Protocol) { 'PASS' } else { 'FAIL' })) "SMB1=$($smb.EnableSMB1Protocol) signing=$($smb.RequireSecuritySignature)"

# 10 Screen lock (policy registry values, read only)
$pol = Get-ItemProperty 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\System' -ErrorAction SilentlyContinue
$inact = $pol.InactivityTimeoutSecs
Save-Evidence 'screen_lock' ([pscustomobject]@{ InactivityTimeoutSecs = $inact })
Add-Result 'screen_lock' ($(if ($inact -and $inact -le 900) { 'PASS' } else { 'CHECK' })) "InactivityTimeoutSecs=$inact"

# summary + manifest
$map = Import-Csv (Join-Path $PSScriptRoot '..\mapping\controls.csv')
$col = @{ ISO27001 = 'iso27001_2022'; SOC2 = 'soc2'; CyberEssentials = 'cyber_essentials' }[$ControlSet]
$summary | ForEach-Object {
    $c = $_.check
    $_ | Add-Member -NotePropertyName control -NotePropertyValue (($map | Where-Object check -eq $c).$col) -PassThru
} | Export-Csv (Join-Path $dir 'summary.csv') -NoTypeInformation -Encoding utf8

Get-ChildItem $dir -File | Where-Object Name -ne 'manifest.sha256' | ForEach-Object {
    "{0}  {1}" -f (Get-FileHash $_.FullName -Algorithm SHA256).Hash.ToLower(), $_.Name
} | Set-Content (Join-Path $dir 'manifest.sha256') -Encoding ascii

$summary | Format-Table -AutoSize
Write-Host "Evidence written to $dir (read-only collection, no settings changed)"
