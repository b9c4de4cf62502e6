# Read-only fact collection for an engineering workstation.
param([string]$Out = "E:\triage\$env:COMPUTERNAME")
New-Item -ItemType Directory -Force -Path $Out | Out-Null

Get-Service | Select-Object Name, DisplayName, Status, StartType |
  Export-Csv "$Out\services.csv" -NoTypeInformation
Get-ScheduledTask | Select-Object TaskName, TaskPath, State,
  @{n='Action';e={$_.Actions.Execute + ' ' + $_.Actions.Arguments}} |
  Export-Csv "$Out\tasks.csv" -NoTypeInformation
foreach ($k in 'HKLM:\Software\Microsoft\Windows\CurrentVersion\Run',
               'HKCU:\Software\Microsoft\Windows\CurrentVersion\Run') {
  Get-ItemProperty $k -ErrorAction SilentlyContinue | Out-File -Append "$Out\runkeys.txt"
}
Get-NetTCPConnection -State Established |
  Export-Csv "$Out\connections.csv" -NoTypeInformation
Get-ChildItem -Path C:\Projects -Recurse -Include *.ap17,*.ap18,*.ACD,*.stu -ErrorAction SilentlyContinue |
  Get-FileHash -Algorithm SHA256 | Export-Csv "$Out\project_hashes.csv" -NoTypeInformation
Write-Host "Done. Results in $Out"
