[CmdletBinding()]
param([string]$OutDir = "C:\ProgramData\ShopAudit")

$ErrorActionPreference = 'SilentlyContinue'
New-Item -ItemType Directory -Force -Path $OutDir | Out-Null
$r = [ordered]@{ Host = $env:COMPUTERNAME; Time = (Get-Date).ToString('s') }

$r.LocalAdmins = (Get-LocalGroupMember -Group 'Administrators' | Select-Object -ExpandProperty Name)
$r.SMB1 = (Get-WindowsOptionalFeature -Online -FeatureName SMB1Protocol).State
$ts = Get-ItemProperty 'HKLM:\SYSTEM\CurrentControlSet\Control\Terminal Server'
$r.RDPEnabled = ($ts.fDenyTSConnections -eq 0)
$r.RDPNLA = (Get-ItemProperty 'HKLM:\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp').UserAuthentication
$r.LAPS = [bool](Get-Command Get-LapsADPassword) -or (Test-Path 'C:\Program Files\LAPS\CSE\AdmPwd.dll')

$mp = Get-MpPreference
$r.ASR = @()
for ($i = 0; $i -lt $mp.AttackSurfaceReductionRules_Ids.Count; $i++) {
  $r.ASR += [pscustomobject]@{ Id = $mp.AttackSurfaceReductionRules_Ids[$i]; Action = $mp.AttackSurfaceReductionRules_Actions[$i] }
}

$rat = 'AnyDesk','ScreenConnect','TeamViewer','RustDesk','Atera','Splashtop','SimpleHelp'
$r.RemoteTools = Get-ItemProperty 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall\*','HKLM:\SOFTWARE\WOW6432Node\Microsoft\Windows\CurrentVersion\Uninstall\*' |
  Where-Object { $n = $_.DisplayName; $rat | Where-Object { $n -like "*$_*" } } |
  Select-Object DisplayName, DisplayVersion, InstallDate

$r.USBStorStart = (Get-ItemProperty 'HKLM:\SYSTEM\CurrentControlSet\Services\USBSTOR').Start
$wl = Get-ItemProperty 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon'
$r.AutoLogon = ($wl.AutoAdminLogon -eq '1')
$r.AutoLogonPasswordStored = [bool]$wl.DefaultPassword

$file = Join-Path $OutDir ("audit-{0}.json" -f $env:COMPUTERNAME)
$r | ConvertTo-Json -Depth 4 | Set-Content -Path $file -Encoding UTF8
Write-Output "Report written: $file"
