#Requires -RunAsAdministrator
<#
 Read-only collection of common persistence locations. Output: C:\IR\persistence-<host>-<date>.csv
#>
$out = "C:\IR"
New-Item -ItemType Directory -Force -Path $out | Out-Null
$rows = New-Object System.Collections.Generic.List[object]

Get-ScheduledTask | ForEach-Object {
    foreach ($a in $_.Actions) {
        $rows.Add([pscustomobject]@{Type='Task'; Name=$_.TaskPath + $_.TaskName; Value="$($a.Execute) $($a.Arguments)"; State=$_.State})
    }
}

$runKeys = @(
  'HKLM:\Software\Microsoft\Windows\CurrentVersion\Run',
  'HKLM:\Software\Microsoft\Windows\CurrentVersion\RunOnce',
  'HKLM:\Software\WOW6432Node\Microsoft\Windows\CurrentVersion\Run'
)
Get-ChildItem Registry::HKEY_USERS | ForEach-Object {
  $runKeys += "Registry::$($_.Name)\Software\Microsoft\Windows\CurrentVersion\Run"
  $runKeys += "Registry::$($_.Name)\Software\Microsoft\Windows\CurrentVersion\RunOnce"
}
foreach ($k in $runKeys) {
  if (Test-Path $k) {
    $p = Get-ItemProperty $k
    $p.PSObject.Properties | Where-Object { $_.Name -notlike 'PS*' } | ForEach-Object {
      $rows.Add([pscustomobject]@{Type='RunKey'; Name="$k\$($_.Name)"; Value=$_.Value; State=''})
    }
  }
}

Get-CimInstance Win32_Service | Where-Object { $_.PathName -notmatch 'C:\\Windows\\|Program Files' } |
  ForEach-Object { $rows.Add([pscustomobject]@{Type='Service'; Name=$_.Name; Value=$_.PathName; State=$_.StartMode}) }

Get-CimInstance -Namespace root\subscription -ClassName CommandLineEventConsumer -ErrorAction SilentlyContinue |
  ForEach-Object { $rows.Add([pscustomobject]@{Type='WMI'; Name=$_.Name; Value=$_.CommandLineTemplate; State=''}) }

Get-ChildItem "C:\Users\*\AppData\Roaming\Microsoft\Windows\Start Menu\Programs\Startup\*" -ErrorAction SilentlyContinue |
  ForEach-Object { $rows.Add([pscustomobject]@{Type='Startup'; Name=$_.FullName; Value=$_.LastWriteTime; State=''}) }

$file = Join-Path $out ("persistence-{0}-{1:yyyyMMdd}.csv" -f $env:COMPUTERNAME, (Get-Date))
$rows | Export-Csv -NoTypeInformation -Path $file
Write-Host "Wrote $($rows.Count) rows to $file"
