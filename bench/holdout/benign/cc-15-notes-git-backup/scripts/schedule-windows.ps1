<#
.SYNOPSIS
  Register or remove a per-user Scheduled Task that runs the notes backup.
#>
param(
  [ValidateSet('Install','Remove','Status')] [string]$Action = 'Status',
  [ValidateSet('15Min','Hourly','Daily')] [string]$Every = 'Hourly'
)
$TaskName = 'NotesGitBackup'
$Script = Join-Path $PSScriptRoot 'backup.sh'

switch ($Action) {
  'Install' {
    $bash = (Get-Command bash -ErrorAction Stop).Source   # Git for Windows bash
    $act = New-ScheduledTaskAction -Execute $bash -Argument "`"$Script`""
    $interval = @{ '15Min' = (New-TimeSpan -Minutes 15); 'Hourly' = (New-TimeSpan -Hours 1); 'Daily' = (New-TimeSpan -Days 1) }[$Every]
    $trigger = New-ScheduledTaskTrigger -Once -At (Get-Date).AddMinutes(5) -RepetitionInterval $interval
    $principal = New-ScheduledTaskPrincipal -UserId $env:USERNAME -LogonType Interactive -RunLevel Limited
    Register-ScheduledTask -TaskName $TaskName -Action $act -Trigger $trigger -Principal $principal `
      -Description 'Commit and push notes folder to private git remote' -Force | Out-Null
    Write-Host "Registered task $TaskName ($Every)"
  }
  'Remove' {
    Unregister-ScheduledTask -TaskName $TaskName -Confirm:$false -ErrorAction SilentlyContinue
    Write-Host "Removed task $TaskName"
  }
  'Status' {
    Get-ScheduledTask -TaskName $TaskName -ErrorAction SilentlyContinue | Get-ScheduledTaskInfo |
      Select-Object LastRunTime, LastTaskResult, NextRunTime
  }
}
