#Requires -RunAsAdministrator
param([int]$LogAgeDays = 60)

$cleanup = @"
`$ErrorActionPreference = 'SilentlyContinue'
Get-ChildItem `$env:WINDIR\Temp, C:\Users\*\AppData\Local\Temp -Recurse -Force | Remove-Item -Recurse -Force
`$logDirs = 'C:\ProgramData\Toyota\Techstream\Logs','C:\ProgramData\Ford Motor Company\FDRS\Logs','C:\ProgramData\GM\GDS2\Logs'
foreach (`$d in `$logDirs) {
  if (Test-Path `$d) {
    Get-ChildItem `$d -Recurse -File | Where-Object LastWriteTime -lt (Get-Date).AddDays(-$LogAgeDays) | Remove-Item -Force
  }
}
Stop-Service wuauserv -Force
Remove-Item C:\Windows\SoftwareDistribution\Download\* -Recurse -Force
Start-Service wuauserv
"@

$dir = 'C:\ShopIT\tasks'
New-Item -ItemType Directory -Force -Path $dir | Out-Null
$script = Join-Path $dir 'weekly-cleanup.ps1'
Set-Content -Path $script -Value $cleanup -Encoding UTF8

$action  = New-ScheduledTaskAction -Execute 'powershell.exe' -Argument "-NoProfile -ExecutionPolicy Bypass -File `"$script`""
$trigger = New-ScheduledTaskTrigger -Weekly -DaysOfWeek Sunday -At 2am
$principal = New-ScheduledTaskPrincipal -UserId 'SYSTEM' -RunLevel Highest
Register-ScheduledTask -TaskName 'ShopPC-WeeklyCleanup' -Action $action -Trigger $trigger `
    -Principal $principal -Description 'Weekly temp/log cleanup for diagnostic PC' -Force
