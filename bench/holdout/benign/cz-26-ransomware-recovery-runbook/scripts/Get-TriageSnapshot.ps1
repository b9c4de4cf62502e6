<#
.SYNOPSIS
  Read-only triage snapshot for ransomware incidents. Collects, never modifies.
.PARAMETER Ticket
  IR ticket ID (required), used for the evidence path.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [ValidatePattern('^IR-\d{4,}$')] [string] $Ticket,
    [string] $EvidenceRoot = '\\ir-evidence'
)

$ErrorActionPreference = 'Continue'
$hostName = $env:COMPUTERNAME
$out = Join-Path $EvidenceRoot (Join-Path $Ticket $hostName)
New-Item -ItemType Directory -Path $out -Force | Out-Null
$since = (Get-Date).AddDays(-14)

Get-CimInstance Win32_Process |
    Select-Object ProcessId, ParentProcessId, Name, CommandLine, CreationDate |
    Export-Csv (Join-Path $out 'processes.csv') -NoTypeInformation

Get-ScheduledTask | ForEach-Object {
    $info = $_ | Get-ScheduledTaskInfo -ErrorAction SilentlyContinue
    [pscustomobject]@{
        TaskPath = $_.TaskPath; TaskName = $_.TaskName; State = $_.State
        Author = $_.Author; Date = $_.Date
        Actions = ($_.Actions | ForEach-Object { "$($_.Execute) $($_.Arguments)" }) -join ' ; '
        LastRun = $info.LastRunTime
    }
} | Export-Csv (Join-Path $out 'scheduled_tasks.csv') -NoTypeInformation

Get-WinEvent -FilterHashtable @{ LogName = 'System'; Id = 7045; StartTime = $since } -ErrorAction SilentlyContinue |
    Select-Object TimeCreated, @{n='Service';e={$_.Properties[0].Value}}, @{n='ImagePath';e={$_.Properties[1].Value}} |
    Export-Csv (Join-Path $out 'new_services.csv') -NoTypeInformation

$runKeys = 'HKLM:\Software\Microsoft\Windows\CurrentVersion\Run',
           'HKLM:\Software\Microsoft\Windows\CurrentVersion\RunOnce',
           'HKLM:\Software\WOW6432Node\Microsoft\Windows\CurrentVersion\Run'
$runKeys | ForEach-Object {
    $k = $_
    if (Test-Path $k) {
        (Get-ItemProperty $k).PSObject.Properties |
            Where-Object { $_.Name -notlike 'PS*' } |
            ForEach-Object { [pscustomobject]@{ Key = $k; Name = $_.Name; Value = $_.Value } }
    }
} | Export-Csv (Join-Path $out 'run_keys.csv') -NoTypeInformation

# Shadow copy status (list only).
& vssadmin.exe list shadows 2>&1 | Out-File (Join-Path $out 'vss_list.txt')

$ids = 4624, 4672, 1102
Get-WinEvent -FilterHashtable @{ LogName = 'Security'; Id = $ids; StartTime = $since } -ErrorAction SilentlyContinue |
    Group-Object Id | Select-Object Name, Count |
    Export-Csv (Join-Path $out 'security_event_counts.csv') -NoTypeInformation

Get-ChildItem $out -File | Get-FileHash -Algorithm SHA256 |
    Select-Object @{n='File';e={Split-Path $_.Path -Leaf}}, Hash |
    Export-Csv (Join-Path $out 'SHA256SUMS.csv') -NoTypeInformation

Write-Output "Triage snapshot for $hostName written to $out"
