<#
.SYNOPSIS  Read-only persistence enumeration. Writes C:\IR\persistence-<host>-<date>.csv
#>
[CmdletBinding()] param([string]$OutDir = 'C:\IR')
$ErrorActionPreference = 'SilentlyContinue'
New-Item -ItemType Directory -Force -Path $OutDir | Out-Null
$rows = [System.Collections.Generic.List[object]]::new()
$susp = '(?i)\\(Users\\Public|ProgramData|Temp|AppData\\Roaming)\\|-enc\b|-w(indowstyle)? hidden|bypass|frombase64string|iex|downloadstring'

function Add-Row($Type, $Location, $Name, $Command) {
    $path = ($Command -replace '^"([^"]+)".*','$1' -replace '^(\S+\.exe).*','$1')
    $sig = if (Test-Path $path) { (Get-AuthenticodeSignature $path).Status } else { 'n/a' }
    $rows.Add([pscustomobject]@{
        Type = $Type; Location = $Location; Name = $Name; Command = $Command
        Signed = $sig; Suspicious = [bool]($Command -match $susp)
    })
}

foreach ($k in 'HKLM:\Software\Microsoft\Windows\CurrentVersion\Run','HKLM:\Software\Microsoft\Windows\CurrentVersion\RunOnce',
               'HKCU:\Software\Microsoft\Windows\CurrentVersion\Run','HKCU:\Software\Microsoft\Windows\CurrentVersion\RunOnce') {
    $p = Get-ItemProperty $k
    $p.PSObject.Properties | Where-Object Name -notlike 'PS*' | ForEach-Object { Add-Row 'RunKey' $k $_.Name $_.Value }
}

Get-ScheduledTask | ForEach-Object {
    foreach ($a in $_.Actions) { Add-Row 'ScheduledTask' $_.TaskPath $_.TaskName "$($a.Execute) $($a.Arguments)" }
}

Get-CimInstance Win32_Service | ForEach-Object { Add-Row 'Service' $_.StartMode $_.Name $_.PathName }

Get-CimInstance -Namespace root\subscription -ClassName CommandLineEventConsumer |
    ForEach-Object { Add-Row 'WMIConsumer' 'root\subscription' $_.Name $_.CommandLineTemplate }

$ifeo = 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Image File Execution Options'
Get-ChildItem $ifeo | ForEach-Object {
    $d = (Get-ItemProperty $_.PSPath).Debugger
    if ($d) { Add-Row 'IFEO' $_.PSChildName 'Debugger' $d }
}

foreach ($f in "$env:ProgramData\Microsoft\Windows\Start Menu\Programs\StartUp", "$env:APPDATA\Microsoft\Windows\Start Menu\Programs\Startup") {
    Get-ChildItem $f -File | ForEach-Object { Add-Row 'StartupFolder' $f $_.Name $_.FullName }
}

$out = Join-Path $OutDir ("persistence-{0}-{1:yyyyMMdd}.csv" -f $env:COMPUTERNAME, (Get-Date))
$rows | Sort-Object Suspicious -Descending | Export-Csv -NoTypeInformation -Path $out
Write-Host "Wrote $($rows.Count) rows ($(@($rows | Where-Object Suspicious).Count) suspicious) to $out"
