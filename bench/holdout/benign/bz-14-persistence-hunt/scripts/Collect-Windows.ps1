# Read-only Windows persistence inventory. Outputs objects as text; changes nothing.
$ErrorActionPreference = 'SilentlyContinue'

function Test-Suspicious([string]$s) {
    $flags = @()
    if ($s -match '(?i)-enc(odedcommand)?\s') { $flags += 'encoded-powershell' }
    if ($s -match '(?i)(iwr|invoke-webrequest|downloadstring|net\.webclient)') { $flags += 'download-cradle' }
    if ($s -match '(?i)\\(appdata|temp|programdata)\\') { $flags += 'user-writable-path' }
    if ($s -match '(?i)(mshta|rundll32|regsvr32)\s') { $flags += 'lolbin' }
    $flags -join ','
}

"### Run keys"
$keys = 'HKCU:\Software\Microsoft\Windows\CurrentVersion\Run',
        'HKCU:\Software\Microsoft\Windows\CurrentVersion\RunOnce',
        'HKLM:\Software\Microsoft\Windows\CurrentVersion\Run',
        'HKLM:\Software\Microsoft\Windows\CurrentVersion\RunOnce'
foreach ($k in $keys) {
    $item = Get-ItemProperty -Path $k
    if ($item) {
        $item.PSObject.Properties | Where-Object { $_.Name -notlike 'PS*' } | ForEach-Object {
            "{0}\{1} = {2} [{3}]" -f $k, $_.Name, $_.Value, (Test-Suspicious $_.Value)
        }
    }
}

"### Scheduled tasks (non-Microsoft)"
Get-ScheduledTask | Where-Object { $_.TaskPath -notlike '\Microsoft\*' } | ForEach-Object {
    $a = ($_.Actions | ForEach-Object { "$($_.Execute) $($_.Arguments)" }) -join '; '
    "{0}{1} -> {2} [{3}]" -f $_.TaskPath, $_.TaskName, $a, (Test-Suspicious $a)
}

"### Services outside System32"
Get-CimInstance Win32_Service | Where-Object { $_.PathName -and $_.PathName -notmatch '(?i)\\windows\\system32\\' } |
    ForEach-Object { "{0} ({1}) -> {2} [{3}]" -f $_.Name, $_.StartMode, $_.PathName, (Test-Suspicious $_.PathName) }

"### Startup folders"
Get-ChildItem "$env:APPDATA\Microsoft\Windows\Start Menu\Programs\Startup", "$env:ProgramData\Microsoft\Windows\Start Menu\Programs\StartUp" |
    ForEach-Object { "{0}  {1}  {2}" -f $_.FullName, $_.LastWriteTime, (Get-FileHash $_.FullName).Hash }

"### WMI event subscriptions"
Get-CimInstance -Namespace root\subscription -ClassName CommandLineEventConsumer |
    ForEach-Object { "{0} -> {1} [{2}]" -f $_.Name, $_.CommandLineTemplate, (Test-Suspicious $_.CommandLineTemplate) }
