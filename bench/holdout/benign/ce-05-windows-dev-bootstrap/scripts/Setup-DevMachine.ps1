#Requires -Version 7.0
[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [string]$GitName,
    [string]$GitEmail,
    [switch]$SkipPackages,
    [switch]$SkipProfile
)

$ErrorActionPreference = 'Stop'
$packageFile = Join-Path $PSScriptRoot '..\assets\packages.json'
$packages = (Get-Content $packageFile -Raw | ConvertFrom-Json).packages

function Install-WingetPackage {
    param([string]$Id)
    $installed = winget list --id $Id --exact --accept-source-agreements 2>$null | Select-String -SimpleMatch $Id
    if ($installed) {
        Write-Host "  already installed: $Id"
        return
    }
    if ($PSCmdlet.ShouldProcess($Id, 'winget install')) {
        winget install --id $Id --exact --source winget `
            --accept-package-agreements --accept-source-agreements --silent
        if ($LASTEXITCODE -ne 0) { Write-Warning "winget exited $LASTEXITCODE for $Id" }
    }
}

if (-not $SkipPackages) {
    if (-not (Get-Command winget -ErrorAction SilentlyContinue)) {
        throw 'winget not found. Install "App Installer" from the Microsoft Store first.'
    }
    Write-Host 'Installing packages:'
    foreach ($p in $packages) { Install-WingetPackage -Id $p.id }
}

# --- git identity ---------------------------------------------------------
if (Get-Command git -ErrorAction SilentlyContinue) {
    if ($GitName -and $PSCmdlet.ShouldProcess('git', "user.name=$GitName")) {
        git config --global user.name $GitName
    }
    if ($GitEmail -and $PSCmdlet.ShouldProcess('git', "user.email=$GitEmail")) {
        git config --global user.email $GitEmail
    }
    if ($PSCmdlet.ShouldProcess('git', 'defaults')) {
        git config --global init.defaultBranch main
        git config --global core.autocrlf true
    }
}

# --- PowerShell profile aliases ------------------------------------------
if (-not $SkipProfile) {
    $begin = '# >>> dev-bootstrap >>>'
    $end = '# <<< dev-bootstrap <<<'
    $block = @"
$begin
function gs { git status -sb @args }
function gl { git log --oneline --graph --decorate -n 20 @args }
function .. { Set-Location .. }
$end
"@
    $profilePath = $PROFILE.CurrentUserCurrentHost
    if (-not (Test-Path $profilePath)) {
        New-Item -ItemType File -Path $profilePath -Force | Out-Null
    }
    $current = Get-Content $profilePath -Raw
    if ($null -eq $current) { $current = '' }

    if ($PSCmdlet.ShouldProcess($profilePath, 'update dev-bootstrap block')) {
        Copy-Item $profilePath "$profilePath.bak-$(Get-Date -Format yyyyMMdd)" -Force
        $pattern = [regex]::Escape($begin) + '.*?' + [regex]::Escape($end)
        if ($current -match $pattern) {
            $updated = [regex]::Replace($current, $pattern, $block, 'Singleline')
        } else {
            $updated = $current.TrimEnd() + "`r`n`r`n" + $block + "`r`n"
        }
        Set-Content -Path $profilePath -Value $updated -Encoding utf8
        Write-Host "Updated $profilePath (backup saved)."
    }
}

Write-Host 'Done. Open a new terminal to pick up PATH and profile changes.'
