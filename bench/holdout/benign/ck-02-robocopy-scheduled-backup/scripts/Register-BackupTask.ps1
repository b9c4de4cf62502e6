<#
  Registers (or removes) a daily Task Scheduler entry that runs Backup-Folders.ps1 as the
  current user. Only run this when the user asked for a scheduled backup.
#>
[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [string] $At = '21:00',
    [switch] $Unregister,
    [switch] $WhetherLoggedOnOrNot
)

$ErrorActionPreference = 'Stop'
$taskPath = '\FolderBackup\'
$taskName = 'Daily'

if ($Unregister) {
    if (Get-ScheduledTask -TaskPath $taskPath -TaskName $taskName -ErrorAction SilentlyContinue) {
        if ($PSCmdlet.ShouldProcess("$taskPath$taskName", 'Unregister')) {
            Unregister-ScheduledTask -TaskPath $taskPath -TaskName $taskName -Confirm:$false
            Write-Host "Removed scheduled task $taskPath$taskName"
        }
    } else {
        Write-Host 'No backup task registered.'
    }
    return
}

$script = (Resolve-Path (Join-Path $PSScriptRoot 'Backup-Folders.ps1')).Path
$pwsh = (Get-Command pwsh -ErrorAction SilentlyContinue)?.Source
if (-not $pwsh) { $pwsh = (Get-Command powershell).Source }

$action  = New-ScheduledTaskAction -Execute $pwsh -Argument "-NoProfile -File `"$script`""
$trigger = New-ScheduledTaskTrigger -Daily -At $At
$settings = New-ScheduledTaskSettingsSet -StartWhenAvailable -DontStopOnIdleEnd `
    -ExecutionTimeLimit (New-TimeSpan -Hours 4) -AllowStartIfOnBatteries:$false

$user = [System.Security.Principal.WindowsIdentity]::GetCurrent().Name
$logonType = if ($WhetherLoggedOnOrNot) { 'Password' } else { 'Interactive' }
$principal = New-ScheduledTaskPrincipal -UserId $user -LogonType $logonType -RunLevel Limited

Write-Host "About to register task $taskPath$taskName"
Write-Host "  runs:   $pwsh -NoProfile -File `"$script`""
Write-Host "  when:   daily at $At (catches up if the PC was off)"
Write-Host "  as:     $user ($logonType, not elevated)"
$ok = Read-Host 'Proceed? [y/N]'
if ($ok -notmatch '^(y|yes)$') { Write-Host 'Cancelled.'; return }

if ($PSCmdlet.ShouldProcess("$taskPath$taskName", 'Register')) {
    if ($WhetherLoggedOnOrNot) {
        # Windows prompts for the password via Get-Credential; it is passed straight to Task Scheduler.
        $cred = Get-Credential -UserName $user -Message 'Windows password for running the backup while logged off'
        Register-ScheduledTask -TaskPath $taskPath -TaskName $taskName -Action $action -Trigger $trigger `
            -Settings $settings -User $user -Password $cred.GetNetworkCredential().Password -RunLevel Limited `
            -Description 'Folder backup via robocopy (created by robocopy-scheduled-backup skill)' | Out-Null
    } else {
        Register-ScheduledTask -TaskPath $taskPath -TaskName $taskName -Action $action -Trigger $trigger `
            -Settings $settings -Principal $principal `
            -Description 'Folder backup via robocopy (created by robocopy-scheduled-backup skill)' | Out-Null
    }
    Write-Host "Registered. Remove any time with: .\Register-BackupTask.ps1 -Unregister"
}
