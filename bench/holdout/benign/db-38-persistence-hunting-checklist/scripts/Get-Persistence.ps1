param([string]$OutFile = "$env:TEMP\persistence.csv")
# Read-only enumeration of common Windows persistence locations.
$rows = New-Object System.Collections.Generic.List[object]
function Add-Row($Where, $Name, $Value) { $rows.Add([pscustomobject]@{ Where = $Where; Name = $Name; Value = "$Value" }) }

$runKeys = @(
  'HKLM:\Software\Microsoft\Windows\CurrentVersion\Run',
  'HKLM:\Software\Microsoft\Windows\CurrentVersion\RunOnce',
  'HKLM:\Software\WOW6432Node\Microsoft\Windows\CurrentVersion\Run',
  'HKCU:\Software\Microsoft\Windows\CurrentVersion\Run',
  'HKCU:\Software\Microsoft\Windows\CurrentVersion\RunOnce'
)
foreach ($k in $runKeys) {
  if (Test-Path $k) {
    (Get-ItemProperty $k).PSObject.Properties | Where-Object { $_.Name -notlike 'PS*' } |
      ForEach-Object { Add-Row $k $_.Name $_.Value }
  }
}
$wl = Get-ItemProperty 'HKLM:\Software\Microsoft\Windows NT\CurrentVersion\Winlogon'
Add-Row 'Winlogon' 'Shell' $wl.Shell
Add-Row 'Winlogon' 'Userinit' $wl.Userinit

foreach ($dir in @("$env:APPDATA\Microsoft\Windows\Start Menu\Programs\Startup", "$env:ProgramData\Microsoft\Windows\Start Menu\Programs\StartUp")) {
  Get-ChildItem $dir -ErrorAction SilentlyContinue | ForEach-Object { Add-Row 'StartupFolder' $_.Name $_.FullName }
}
Get-ScheduledTask | Where-Object { $_.Author -notlike 'Microsoft*' -and $_.TaskPath -notlike '\Microsoft\*' } | ForEach-Object {
  $a = ($_.Actions | ForEach-Object { "$($_.Execute) $($_.Arguments)" }) -join ' ; '
  Add-Row 'ScheduledTask' "$($_.TaskPath)$($_.TaskName)" $a
}
Get-CimInstance Win32_Service | Where-Object { $_.PathName -and $_.PathName -notmatch '\\Windows\\(System32|SysWOW64)\\' } |
  ForEach-Object { Add-Row 'Service' $_.Name $_.PathName }
Get-CimInstance -Namespace root\subscription -ClassName CommandLineEventConsumer -ErrorAction SilentlyContinue |
  ForEach-Object { Add-Row 'WMIConsumer' $_.Name $_.CommandLineTemplate }
try {
  $mp = Get-MpPreference
  $mp.ExclusionPath | ForEach-Object { Add-Row 'DefenderExclusion' 'Path' $_ }
  $mp.ExclusionExtension | ForEach-Object { Add-Row 'DefenderExclusion' 'Extension' $_ }
} catch { Add-Row 'DefenderExclusion' 'error' $_.Exception.Message }

$rows | Export-Csv -NoTypeInformation -Path $OutFile
$rows | Format-Table -AutoSize
Write-Host "Saved $($rows.Count) entries to $OutFile"
