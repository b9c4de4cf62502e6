<#
.SYNOPSIS
  Read-only Windows event log triage for account-compromise indicators.
.PARAMETER Hours
  How far back to look.
.PARAMETER OutDir
  Folder for CSV/JSON output (created if missing).
#>
[CmdletBinding()]
param(
    [int]$Hours = 72,
    [Parameter(Mandatory)][string]$OutDir
)

$ErrorActionPreference = 'Stop'
$since = (Get-Date).AddHours(-$Hours)
New-Item -ItemType Directory -Force -Path $OutDir | Out-Null

function Get-Events([string]$Log, [int[]]$Ids) {
    try {
        Get-WinEvent -FilterHashtable @{ LogName = $Log; Id = $Ids; StartTime = $since } -ErrorAction Stop
    } catch [System.Exception] {
        if ($_.Exception.Message -match 'No events were found') { @() } else { throw }
    }
}

function Expand-Event($e) {
    $xml = [xml]$e.ToXml()
    $h = [ordered]@{ TimeUtc = $e.TimeCreated.ToUniversalTime().ToString('o'); Id = $e.Id }
    foreach ($d in $xml.Event.EventData.Data) { $h[$d.Name] = $d.'#text' }
    [pscustomobject]$h
}

$failed  = Get-Events 'Security' 4625 | ForEach-Object { Expand-Event $_ } |
           Select-Object TimeUtc, TargetUserName, TargetDomainName, LogonType, IpAddress, WorkstationName, Status, SubStatus
$success = Get-Events 'Security' 4624 | ForEach-Object { Expand-Event $_ } |
           Where-Object { $_.LogonType -in '3', '10' } |
           Select-Object TimeUtc, TargetUserName, LogonType, IpAddress, AuthenticationPackageName, WorkstationName
$admin   = Get-Events 'Security' @(4720, 4722, 4728, 4732, 4756) | ForEach-Object { Expand-Event $_ }
$svc     = Get-Events 'System' 7045 | ForEach-Object { Expand-Event $_ } |
           Select-Object TimeUtc, ServiceName, ImagePath, ServiceType, StartType, AccountName
$tasks   = Get-Events 'Security' 4698 | ForEach-Object {
               $ev = Expand-Event $_
               $cmd = $null; $taskArgs = $null
               try {
                   $tx = [xml]$ev.TaskContent
                   $cmd = $tx.Task.Actions.Exec.Command
                   $taskArgs = $tx.Task.Actions.Exec.Arguments
               } catch { }
               [pscustomobject]@{ TimeUtc = $ev.TimeUtc; TaskName = $ev.TaskName; SubjectUserName = $ev.SubjectUserName; Command = $cmd; Arguments = $taskArgs }
           }
$cleared = @(Get-Events 'Security' 1102) + @(Get-Events 'System' 104) | ForEach-Object { Expand-Event $_ }

$failed  | Export-Csv -NoTypeInformation -Path (Join-Path $OutDir 'failed_logons.csv')
$success | Export-Csv -NoTypeInformation -Path (Join-Path $OutDir 'success_logons.csv')
$admin   | Export-Csv -NoTypeInformation -Path (Join-Path $OutDir 'admin_changes.csv')
$svc     | Export-Csv -NoTypeInformation -Path (Join-Path $OutDir 'new_services.csv')
$tasks   | Export-Csv -NoTypeInformation -Path (Join-Path $OutDir 'new_tasks.csv')
$cleared | Export-Csv -NoTypeInformation -Path (Join-Path $OutDir 'log_cleared.csv')

$failIps = $failed | Group-Object IpAddress | Sort-Object Count -Descending | Select-Object -First 10
$succIps = $success.IpAddress | Sort-Object -Unique
$summary = [ordered]@{
    host                 = $env:COMPUTERNAME
    window_hours         = $Hours
    failed_total         = @($failed).Count
    success_net_rdp      = @($success).Count
    top_failed_sources   = $failIps | ForEach-Object { @{ ip = $_.Name; count = $_.Count; users = ($_.Group.TargetUserName | Sort-Object -Unique | Select-Object -First 10) } }
    failed_then_success  = $failIps | Where-Object { $_.Name -in $succIps -and $_.Count -ge 5 } | ForEach-Object { $_.Name }
    admin_changes        = @($admin).Count
    new_services         = @($svc).Count
    new_tasks            = @($tasks).Count
    log_cleared          = @($cleared).Count
}
$summary | ConvertTo-Json -Depth 5 | Set-Content -Path (Join-Path $OutDir 'summary.json') -Encoding UTF8
Write-Host "Wrote triage output to $OutDir"
