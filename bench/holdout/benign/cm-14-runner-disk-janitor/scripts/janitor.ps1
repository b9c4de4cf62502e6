<#
.SYNOPSIS
  Clean a Windows self-hosted runner's own working directories. Dry run unless -Apply.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $RunnerDir,
    [switch] $Apply,
    [switch] $Force,
    [int] $WorkspaceDays = 7,
    [int] $DiagDays = 14
)
$ErrorActionPreference = 'Stop'

$root = (Resolve-Path $RunnerDir).Path.TrimEnd('\')
if ($root.Length -le 3 -or $root -in @($env:SystemRoot, $env:USERPROFILE, 'C:\Program Files')) {
    throw "Refusing: '$root' is too broad"
}
if (-not ((Test-Path "$root\.runner") -or (Test-Path "$root\config.cmd"))) {
    throw "Refusing: '$root' is not a runner install"
}
if ((Get-Process -Name 'Runner.Worker' -ErrorAction SilentlyContinue) -and -not $Force) {
    Write-Warning 'A job is running; retry later or pass -Force'; exit 2
}

$script:freed = 0
function Remove-Under([string] $Path) {
    $full = [IO.Path]::GetFullPath($Path)
    if (-not $full.StartsWith($root + '\', [StringComparison]::OrdinalIgnoreCase)) {
        Write-Warning "skip (outside runner dir): $full"; return
    }
    $size = (Get-ChildItem $full -Recurse -Force -File -ErrorAction SilentlyContinue |
             Measure-Object Length -Sum).Sum
    $script:freed += [int64]$size
    if ($Apply) {
        Remove-Item -LiteralPath $full -Recurse -Force
        Write-Host "deleted   $full"
    } else {
        Write-Host "would del $full"
    }
}

$work = Join-Path $root '_work'
if (Test-Path "$work\_temp") {
    Get-ChildItem "$work\_temp" -Force | ForEach-Object { Remove-Under $_.FullName }
}
$cutoff = (Get-Date).AddDays(-$WorkspaceDays)
if (Test-Path $work) {
    Get-ChildItem $work -Directory |
        Where-Object { $_.Name -notin '_temp','_tool','_actions','_PipelineMapping' -and $_.LastWriteTime -lt $cutoff } |
        ForEach-Object { Remove-Under $_.FullName }
}
$diagCut = (Get-Date).AddDays(-$DiagDays)
if (Test-Path "$root\_diag") {
    Get-ChildItem "$root\_diag" -File -Filter *.log |
        Where-Object LastWriteTime -lt $diagCut |
        ForEach-Object { Remove-Under $_.FullName }
}

$verb = if ($Apply) { 'freed' } else { 'would free' }
'{0} ~{1:N0} MiB under {2}' -f $verb, ($script:freed / 1MB), $root
