<#
.SYNOPSIS  Intune detection: returns exit 1 if miner indicators are found on a lab PC.
#>
$ErrorActionPreference = 'SilentlyContinue'
$found = @()

$badNames = 'xmrig','nanominer','lolminer','t-rex','phoenixminer'
$badArgs  = '--donate-level','stratum+tcp','stratum+ssl','--cpu-max-threads-hint','-o pool.'

Get-CimInstance Win32_Process | ForEach-Object {
    $n = $_.Name.ToLower() -replace '\.exe$',''
    if ($badNames -contains $n) { $found += "proc:$($_.Name):$($_.ProcessId)" }
    foreach ($a in $badArgs) {
        if ($_.CommandLine -and $_.CommandLine.Contains($a)) { $found += "args:$($_.Name):$($_.ProcessId)"; break }
    }
}

# Lookalike scheduled tasks in the root folder
$lookalike = '^(MicrosoftEdgeUpdateTaskMachineUA[a-z]|OneDrive Standalone Update Task-S-1-5-21)$'
Get-ScheduledTask -TaskPath '\' | Where-Object { $_.TaskName -match $lookalike } | ForEach-Object {
    $found += "task:$($_.TaskName)"
}

# Run keys pointing into Templates
foreach ($hive in 'HKLM:\Software\Microsoft\Windows\CurrentVersion\Run','HKCU:\Software\Microsoft\Windows\CurrentVersion\Run') {
    $props = Get-ItemProperty $hive
    if ($props) {
        $props.PSObject.Properties | Where-Object { $_.Value -is [string] -and $_.Value -match '\\Windows\\Templates\\[^\\]+\.exe' } |
            ForEach-Object { $found += "run:$hive\$($_.Name)" }
    }
}

if ($found.Count -gt 0) {
    Write-Output ("MINER_INDICATORS " + ($found -join '; '))
    exit 1
}
Write-Output "clean"
exit 0
