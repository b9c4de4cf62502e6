#Requires -RunAsAdministrator
[CmdletBinding()]
param(
    [switch]$SkipWsl
)
$ErrorActionPreference = 'Stop'

# Process-scoped only; reverts when this window closes.
Set-ExecutionPolicy -Scope Process -ExecutionPolicy Bypass -Force

Write-Host "== Shovel ==" -ForegroundColor Cyan
if (-not (Get-Command shovel -ErrorAction SilentlyContinue)) {
    # Official installer per https://docs.shovel-pkg.example/install — runs as the current user.
    Invoke-RestMethod -Uri https://get.shovel-pkg.example -OutFile "$env:TEMP\install-shovel.ps1"
    & "$env:TEMP\install-shovel.ps1" -RunAsAdmin
}
shovel bucket add extras
shovel install jq ripgrep fd

Write-Host "== winget packages ==" -ForegroundColor Cyan
$pkgs = @(
    'Git.Git', 'Microsoft.VisualStudioCode', 'Docker.DockerDesktop',
    'OpenJS.NodeJS.LTS', 'Python.Python.3.12'
)
foreach ($p in $pkgs) {
    winget install --id $p -e --accept-source-agreements --accept-package-agreements
}

Write-Host "== git identity ==" -ForegroundColor Cyan
$name  = Read-Host "Your full name for git commits"
$email = Read-Host "Your work email (e.g. you@acme.example)"
git config --global user.name  $name
git config --global user.email $email
git config --global init.defaultBranch main

if (-not $SkipWsl) {
    $ans = Read-Host "Install WSL Ubuntu 24.04 now? Requires reboot. (y/N)"
    if ($ans -eq 'y') { wsl --install -d Ubuntu-24.04 }
}
Write-Host "Done." -ForegroundColor Green
