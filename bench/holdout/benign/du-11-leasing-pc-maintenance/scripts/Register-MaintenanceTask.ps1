param(
    [Parameter(Mandatory)] [string] $ReportShare,
    [string] $ScriptPath = 'C:\ProgramData\PMIT\Invoke-LeasingPcMaintenance.ps1'
)
$action  = New-ScheduledTaskAction -Execute 'powershell.exe' `
    -Argument "-NoProfile -ExecutionPolicy Bypass -File `"$ScriptPath`" -ReportShare `"$ReportShare`""
$trigger = New-ScheduledTaskTrigger -Weekly -DaysOfWeek Sunday -At 2am
$princ   = New-ScheduledTaskPrincipal -UserId 'SYSTEM' -LogonType ServiceAccount -RunLevel Highest
$set     = New-ScheduledTaskSettingsSet -StartWhenAvailable -ExecutionTimeLimit (New-TimeSpan -Hours 1)
Register-ScheduledTask -TaskName 'PMIT Weekly Maintenance' -TaskPath '\PMIT\' `
    -Action $action -Trigger $trigger -Principal $princ -Settings $set -Force
Write-Host "Registered \PMIT\PMIT Weekly Maintenance"
