# Detect-LabDrift.ps1 - exit 1 = needs remediation
$MaxProfileAgeDays = 7
$RoomPrinter       = 'LAB-B204-MFP'
$drift = @()

$cutoff = (Get-Date).AddDays(-$MaxProfileAgeDays)
Get-CimInstance Win32_UserProfile | Where-Object { -not $_.Special -and -not $_.Loaded } | ForEach-Object {
    if ($_.LastUseTime -lt $cutoff) { $drift += "stale profile $($_.LocalPath)" }
}

$dl = Get-ChildItem 'C:\Users\*\Downloads' -Recurse -File -ErrorAction SilentlyContinue |
      Measure-Object -Property Length -Sum
if ($dl.Sum -gt 500MB) { $drift += "downloads $([math]::Round($dl.Sum/1MB)) MB" }

$def = Get-CimInstance Win32_Printer -Filter 'Default=TRUE' -ErrorAction SilentlyContinue
if (-not $def -or $def.Name -notlike "*$RoomPrinter*") { $drift += 'default printer' }

if (-not (Get-ScheduledTask -TaskName 'LabReset' -TaskPath '\Microsoft\Windows\LabReset\' -ErrorAction SilentlyContinue)) {
    $drift += 'boot task missing'
}

if ($drift.Count) { Write-Output ($drift -join '; '); exit 1 }
Write-Output 'clean'; exit 0
