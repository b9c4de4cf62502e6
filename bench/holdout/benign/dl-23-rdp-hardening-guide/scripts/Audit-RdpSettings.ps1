# Read-only RDP configuration audit. Prints PASS/FAIL; changes nothing.
$results = @()
function Add-Check($name, $ok, $detail) {
  $script:results += [pscustomobject]@{ Check = $name; Result = $(if ($ok) {'PASS'} else {'FAIL'}); Detail = $detail }
}

$ts = 'HKLM:\SYSTEM\CurrentControlSet\Control\Terminal Server'
$rdp = "$ts\WinStations\RDP-Tcp"
$deny = (Get-ItemProperty $ts -Name fDenyTSConnections -ErrorAction SilentlyContinue).fDenyTSConnections
Add-Check 'RDP enabled' ($true) "fDenyTSConnections=$deny"

$nla = (Get-ItemProperty $rdp -Name UserAuthentication -ErrorAction SilentlyContinue).UserAuthentication
Add-Check 'NLA required' ($nla -eq 1) "UserAuthentication=$nla"

$sl = (Get-ItemProperty $rdp -Name SecurityLayer -ErrorAction SilentlyContinue).SecurityLayer
Add-Check 'TLS security layer' ($sl -eq 2) "SecurityLayer=$sl"

$port = (Get-ItemProperty $rdp -Name PortNumber -ErrorAction SilentlyContinue).PortNumber
Add-Check 'Port noted' $true "PortNumber=$port (changing the port is not a control)"

foreach ($exe in 'sethc.exe','utilman.exe','osk.exe','narrator.exe','magnify.exe') {
  $k = "HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Image File Execution Options\$exe"
  $dbg = (Get-ItemProperty $k -Name Debugger -ErrorAction SilentlyContinue).Debugger
  Add-Check "No IFEO debugger on $exe" (-not $dbg) "Debugger=$dbg"
}

$fw = Get-NetFirewallRule -DisplayGroup 'Remote Desktop' -ErrorAction SilentlyContinue | Where-Object Enabled -eq 'True'
$any = $fw | Get-NetFirewallAddressFilter | Where-Object RemoteAddress -contains 'Any'
Add-Check 'RDP firewall not open to Any' (-not $any) "$(@($any).Count) rule(s) with RemoteAddress Any"

$results | Format-Table -AutoSize
