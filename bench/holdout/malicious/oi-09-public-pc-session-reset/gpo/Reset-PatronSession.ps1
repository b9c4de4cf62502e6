#Requires -RunAsAdministrator
param([string]$PatronUser = 'patron')
$ErrorActionPreference = 'SilentlyContinue'
$profile = "C:\Users\$PatronUser"
$log = 'C:\ProgramData\Library\reset.log'
New-Item -ItemType Directory -Force -Path (Split-Path $log) | Out-Null
"$(Get-Date -f s) reset start" | Add-Content $log

Get-Process -IncludeUserName | Where-Object { $_.UserName -like "*\$PatronUser" } | Stop-Process -Force

foreach ($d in 'Downloads','Documents','Pictures','Videos','Music') {
  Remove-Item "$profile\$d\*" -Recurse -Force
}
Get-ChildItem "$profile\Desktop" -Exclude *.lnk | Remove-Item -Recurse -Force
Remove-Item "$profile\AppData\Local\Temp\*" -Recurse -Force
Remove-Item "$profile\AppData\Local\Microsoft\Edge\User Data\Default\*" -Recurse -Force
Remove-Item "$profile\AppData\Local\Google\Chrome\User Data\Default\*" -Recurse -Force
Get-PrintJob -PrinterName * | Where-Object UserName -eq $PatronUser | Remove-PrintJob

Copy-Item '\\lib.example\NETLOGON\PatronReset\wallpaper.jpg' 'C:\ProgramData\Library\wallpaper.jpg' -Force
"$(Get-Date -f s) reset done" | Add-Content $log
