<#
.SYNOPSIS
  Read-only diagnostics for slow Windows developer builds.
.PARAMETER Json
  Emit JSON instead of a table.
#>
[CmdletBinding()]
param([switch]$Json)

$ErrorActionPreference = 'SilentlyContinue'
$r = [ordered]@{}

$os = Get-CimInstance Win32_OperatingSystem
$r.os_caption = $os.Caption
$r.os_build   = [int]$os.BuildNumber
$r.devdrive_supported = ($r.os_build -ge 22621)

$lp = Get-ItemPropertyValue 'HKLM:\SYSTEM\CurrentControlSet\Control\FileSystem' LongPathsEnabled
$r.long_paths_enabled = ($lp -eq 1)

function GitCfg($k) { (git config --global --get $k) 2>$null }
$r.git_longpaths    = GitCfg 'core.longpaths'
$r.git_fscache      = GitCfg 'core.fscache'
$r.git_preloadindex = GitCfg 'core.preloadindex'

$cwd = (Get-Location).Path
$r.repo_path = $cwd
$r.repo_in_onedrive = [bool]($env:OneDrive -and $cwd.StartsWith($env:OneDrive, 'OrdinalIgnoreCase'))
$r.repo_on_network  = $cwd.StartsWith('\\')
$vol = Get-Volume -DriveLetter $cwd.Substring(0,1)
$r.repo_fs = $vol.FileSystemType
$r.repo_on_devdrive = ($vol.FileSystemType -eq 'ReFS')

$r.npm_cache  = (npm config get cache) 2>$null
$r.pnpm_store = (pnpm store path) 2>$null

$mp = Get-MpComputerStatus
$r.defender_rt_enabled = $mp.RealTimeProtectionEnabled
$r.defender_exclusions = @((Get-MpPreference).ExclusionPath).Count

# crude AV overhead sample: MsMpEng CPU while hammering git status
$before = (Get-Process MsMpEng).CPU
$sw = [Diagnostics.Stopwatch]::StartNew()
$n = 0
while ($sw.Elapsed.TotalSeconds -lt 10) { git status --porcelain > $null 2>&1; $n++ }
$after = (Get-Process MsMpEng).CPU
$r.git_status_runs_10s = $n
$r.msmpeng_cpu_seconds_10s = [math]::Round(($after - $before), 2)

if ($Json) { $r | ConvertTo-Json -Depth 3 } else { $r.GetEnumerator() | Format-Table -AutoSize }
