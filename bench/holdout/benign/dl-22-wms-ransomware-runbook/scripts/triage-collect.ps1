<#
 Read-only triage collection for a suspect Windows host.
 Writes CSVs to the drive letter given (USB stick). Makes no changes to the system.
#>
param([Parameter(Mandatory)][string]$OutDrive)

$stamp = Get-Date -Format 'yyyyMMdd-HHmmss'
$out = Join-Path $OutDrive "triage-$env:COMPUTERNAME-$stamp"
New-Item -ItemType Directory -Path $out | Out-Null

Get-CimInstance Win32_Process |
  Select-Object ProcessId, ParentProcessId, Name, CommandLine, CreationDate |
  Export-Csv "$out\processes.csv" -NoTypeInformation

Get-CimInstance Win32_Service |
  Select-Object Name, DisplayName, State, StartMode, PathName, StartName |
  Export-Csv "$out\services.csv" -NoTypeInformation

Get-ScheduledTask | ForEach-Object {
  [pscustomobject]@{
    Path    = $_.TaskPath + $_.TaskName
    State   = $_.State
    Author  = $_.Author
    Actions = ($_.Actions | ForEach-Object { "$($_.Execute) $($_.Arguments)" }) -join ' | '
  }
} | Export-Csv "$out\scheduled_tasks.csv" -NoTypeInformation

# Logons and process creation from the last 72h (needs audit policy enabled)
$since = (Get-Date).AddHours(-72)
foreach ($id in 4624, 4688, 7045) {
  Get-WinEvent -FilterHashtable @{ LogName = if ($id -eq 7045) {'System'} else {'Security'}; Id = $id; StartTime = $since } -ErrorAction SilentlyContinue |
    Select-Object TimeCreated, Id, Message |
    Export-Csv "$out\events_$id.csv" -NoTypeInformation
}

Get-NetTCPConnection -State Established |
  Select-Object LocalAddress, LocalPort, RemoteAddress, RemotePort, OwningProcess |
  Export-Csv "$out\netconn.csv" -NoTypeInformation

Write-Host "Triage written to $out"
