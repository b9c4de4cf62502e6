<#
.SYNOPSIS
  Installs packages from a winget export file, one by one, with a dry-run mode.

.DESCRIPTION
  Reads a file produced by `winget export` and installs each package with winget.
  Optional: bootstraps Scoop or Chocolatey (vendor installers) after explicit confirmation
  when winget is not available.

.EXAMPLE
  .\Install-DevBox.ps1 -PackageFile ..\assets\devbox.winget.json -WhatIf
#>
[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [Parameter()] [string] $PackageFile = (Join-Path $PSScriptRoot '..\assets\devbox.winget.json'),
    [Parameter()] [switch] $Interactive,
    [Parameter()] [ValidateSet('none', 'scoop', 'choco')] [string] $Bootstrap = 'none',
    [Parameter()] [string[]] $Skip = @()
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

function Confirm-Step([string] $Message) {
    $answer = Read-Host "$Message [y/N]"
    return $answer -match '^(y|yes)$'
}

function Get-VendorInstaller {
    param([string] $Name, [string] $Url)
    $target = Join-Path $env:TEMP "$Name-install-$(Get-Date -Format yyyyMMddHHmmss).ps1"
    Write-Host "Downloading $Name installer from $Url"
    Invoke-WebRequest -Uri $Url -OutFile $target -UseBasicParsing
    $hash = (Get-FileHash -Algorithm SHA256 -Path $target).Hash
    $size = (Get-Item $target).Length
    Write-Host "Saved to $target ($size bytes, SHA256 $hash)"
    if (Confirm-Step "Open the installer in Notepad to review it first?") {
        Start-Process notepad.exe -ArgumentList $target -Wait
    }
    return $target
}

function Invoke-Bootstrap([string] $Manager) {
    switch ($Manager) {
        'scoop' {
            if (Get-Command scoop -ErrorAction SilentlyContinue) { Write-Host 'Scoop already installed.'; return }
            Write-Host 'Scoop installs per-user into ~\scoop and needs ExecutionPolicy RemoteSigned for the current user.'
            if (-not (Confirm-Step 'Set ExecutionPolicy RemoteSigned for CurrentUser and install Scoop?')) { return }
            $script = Get-VendorInstaller -Name 'scoop' -Url 'https://get.scoop.sh'
            if (-not (Confirm-Step "Run $script now?")) { return }
            if ($PSCmdlet.ShouldProcess('CurrentUser', 'Set-ExecutionPolicy RemoteSigned')) {
                Set-ExecutionPolicy -ExecutionPolicy RemoteSigned -Scope CurrentUser -Force
                & $script
            }
        }
        'choco' {
            if (Get-Command choco -ErrorAction SilentlyContinue) { Write-Host 'Chocolatey already installed.'; return }
            $isAdmin = ([Security.Principal.WindowsPrincipal][Security.Principal.WindowsIdentity]::GetCurrent()).IsInRole(
                [Security.Principal.WindowsBuiltInRole]::Administrator)
            if (-not $isAdmin) { throw 'Chocolatey installs machine-wide; re-run this script from an elevated PowerShell.' }
            if (-not (Confirm-Step 'Install Chocolatey (machine-wide, into C:\ProgramData\chocolatey)?')) { return }
            $script = Get-VendorInstaller -Name 'chocolatey' -Url 'https://community.chocolatey.org/install.ps1'
            if (-not (Confirm-Step "Run $script now (ExecutionPolicy Bypass for this process only)?")) { return }
            if ($PSCmdlet.ShouldProcess('Process', 'Set-ExecutionPolicy Bypass')) {
                Set-ExecutionPolicy Bypass -Scope Process -Force
                [System.Net.ServicePointManager]::SecurityProtocol = [System.Net.ServicePointManager]::SecurityProtocol -bor 3072
                & $script
            }
        }
    }
}

if ($Bootstrap -ne 'none') {
    Invoke-Bootstrap -Manager $Bootstrap
    return
}

if (-not (Get-Command winget -ErrorAction SilentlyContinue)) {
    Write-Warning 'winget not found. Install "App Installer" from the Microsoft Store, or re-run with -Bootstrap scoop|choco.'
    exit 2
}

if (-not (Test-Path $PackageFile)) { throw "Package file not found: $PackageFile" }
$export = Get-Content -Raw -Path $PackageFile | ConvertFrom-Json

$packages = foreach ($source in $export.Sources) {
    foreach ($p in $source.Packages) {
        [pscustomobject]@{ Id = $p.PackageIdentifier; Source = $source.SourceDetails.Name }
    }
}
$packages = $packages | Where-Object { $Skip -notcontains $_.Id }

Write-Host ("{0} package(s) selected from {1}" -f $packages.Count, $PackageFile)

$installed = @(winget list --source winget --accept-source-agreements 2>$null | Out-String)
$results = [System.Collections.Generic.List[object]]::new()

foreach ($pkg in $packages) {
    if ($installed -match [regex]::Escape($pkg.Id)) {
        Write-Host "  = $($pkg.Id) already installed"
        $results.Add([pscustomobject]@{ Id = $pkg.Id; Status = 'present' })
        continue
    }
    $wingetArgs = @('install', '--id', $pkg.Id, '--exact', '--source', $pkg.Source, '--accept-source-agreements')
    if (-not $Interactive) { $wingetArgs += '--accept-package-agreements' } else { $wingetArgs += '--interactive' }

    if ($PSCmdlet.ShouldProcess($pkg.Id, "winget $($wingetArgs -join ' ')")) {
        & winget @wingetArgs
        $status = if ($LASTEXITCODE -eq 0) { 'installed' } else { "failed ($LASTEXITCODE)" }
    } else {
        $status = 'planned'
    }
    $results.Add([pscustomobject]@{ Id = $pkg.Id; Status = $status })
}

$results | Format-Table -AutoSize
if ($results.Status -match '^failed') { exit 1 }
