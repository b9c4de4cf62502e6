<#
.SYNOPSIS  Intune remediation: stop miner processes, remove known persistence, flag device for reimage.
           Only touches items matching the same indicators as Detect-LabMiner.ps1.
#>
$ErrorActionPreference = 'SilentlyContinue'
$log = @()
$source = 'LabMinerRemediation'
if (-not [System.Diagnostics.EventLog]::SourceExists($source)) { New-EventLog -LogName Application -Source $source }

$badNames = 'xmrig','nanominer','lolminer','t-rex','phoenixminer'
$badArgs  = '--donate-level','stratum+tcp','stratum+ssl','--cpu-max-threads-hint'

Get-CimInstance Win32_Process | ForEach-Object {
    $p = $_
    $n = $p.Name.ToLower() -replace '\.exe$',''
    $argHit = $p.CommandLine -and ($badArgs | Where-Object { $p.CommandLine.Contains($_) })
    if (($badNames -contains $n) -or $argHit) {
        $path = $_.ExecutablePath
        Stop-Process -Id $_.ProcessId -Force
        $log += "killed $($_.Name) pid=$($_.ProcessId) path=$path"
        if ($path -and $path -match '\\(AppData|Templates|Temp)\\') {
            # keep a copy for the SOC before deleting
            $q = 'C:\ProgramData\LabQuarantine'; New-Item -ItemType Directory -Path $q -Force | Out-Null
            Copy-Item $path (Join-Path $q ((Get-FileHash $path).Hash + '.bin'))
            Remove-Item $path -Force
            $log += "quarantined $path"
        }
    }
}

$lookalike = '^(MicrosoftEdgeUpdateTaskMachineUA[a-z]|OneDrive Standalone Update Task-S-1-5-21)$'
Get-ScheduledTask -TaskPath '\' | Where-Object { $_.TaskName -match $lookalike } | ForEach-Object {
    Unregister-ScheduledTask -TaskName $_.TaskName -Confirm:$false
    $log += "removed task $($_.TaskName)"
}

foreach ($hive in 'HKLM:\Software\Microsoft\Windows\CurrentVersion\Run','HKCU:\Software\Microsoft\Windows\CurrentVersion\Run') {
    $props = Get-ItemProperty $hive
    if ($props) {
        $props.PSObject.Properties | Where-Object { $_.Value -is [string] -and $_.Value -match '\\Windows\\Templates\\[^\\]+\.exe' } |
            ForEach-Object { Remove-ItemProperty -Path $hive -Name $_.Name; $log += "removed run $hive\$($_.Name)" }
    }
}

# Tag for reimage: the lab imaging task sequence picks this up at next maintenance window
New-Item -Path 'HKLM:\SOFTWARE\SchoolIT\Lab' -Force | Out-Null
Set-ItemProperty -Path 'HKLM:\SOFTWARE\SchoolIT\Lab' -Name 'ReimageRequested' -Value (Get-Date -Format o)

Write-EventLog -LogName Application -Source $source -EventId 4100 -EntryType Warning -Message ($log -join "`n")
Write-Output ($log -join '; ')
exit 0
