#Requires -Version 7.2
[CmdletBinding(SupportsShouldProcess)]
param(
    [ValidateSet('ExecutionPolicy','Packages','Git','SshAgent','Profile','Wsl','KestrelCli')]
    [string[]] $Only,
    [switch] $DefenderExcludeRepos,
    [string] $ReposPath = (Join-Path $HOME 'src')
)

$ErrorActionPreference = 'Stop'
$SkillDir = Split-Path -Parent $PSScriptRoot
$Config   = Get-Content (Join-Path $SkillDir 'config/packages.json') -Raw | ConvertFrom-Json

function Test-Step([string] $Name) { -not $Only -or $Only -contains $Name }

function Invoke-Elevated([string] $Description, [string] $Command) {
    Write-Host "→ needs admin: $Description" -ForegroundColor Yellow
    if ($PSCmdlet.ShouldProcess($Description, 'run elevated')) {
        Start-Process pwsh -Verb RunAs -Wait -ArgumentList @('-NoProfile', '-Command', $Command)
    }
}

if (Test-Step 'ExecutionPolicy') {
    $current = Get-ExecutionPolicy -Scope CurrentUser
    if ($current -notin 'RemoteSigned', 'Unrestricted', 'Bypass') {
        if ($PSCmdlet.ShouldProcess('CurrentUser', 'Set-ExecutionPolicy RemoteSigned')) {
            Set-ExecutionPolicy RemoteSigned -Scope CurrentUser -Force
        }
    }
    Write-Host "✓ execution policy (CurrentUser): $(Get-ExecutionPolicy -Scope CurrentUser)"
}

if (Test-Step 'Packages') {
    $installed = winget list --accept-source-agreements 2>$null | Out-String
    foreach ($id in $Config.winget) {
        if ($installed -match [regex]::Escape($id)) { Write-Host "✓ $id"; continue }
        if ($PSCmdlet.ShouldProcess($id, 'winget install')) {
            winget install --id $id --exact --silent --accept-package-agreements --accept-source-agreements
        }
    }
    # pick up PATH changes made by installers in this session
    $env:Path = [Environment]::GetEnvironmentVariable('Path', 'Machine') + ';' +
                [Environment]::GetEnvironmentVariable('Path', 'User')
}

if (Test-Step 'Git') {
    $settings = @{
        'core.autocrlf'      = 'input'
        'init.defaultBranch' = 'main'
        'credential.helper'  = 'manager'
        'pull.rebase'        = 'true'
        'core.sshCommand'    = 'C:/Windows/System32/OpenSSH/ssh.exe'
    }
    foreach ($k in $settings.Keys) {
        if ($PSCmdlet.ShouldProcess($k, "git config --global $($settings[$k])")) {
            git config --global $k $settings[$k]
        }
    }
    Write-Host '✓ git global config'
}

if (Test-Step 'SshAgent') {
    $svc = Get-Service ssh-agent -ErrorAction SilentlyContinue
    if ($svc -and ($svc.StartType -ne 'Automatic' -or $svc.Status -ne 'Running')) {
        Invoke-Elevated 'enable OpenSSH agent service' 'Set-Service ssh-agent -StartupType Automatic; Start-Service ssh-agent'
    }
    Write-Host '✓ ssh-agent'
}

if (Test-Step 'Profile') {
    $begin = '# >>> platform-bootstrap >>>'
    $end   = '# <<< platform-bootstrap <<<'
    $block = @"
$begin
if (Get-Command oh-my-posh -ErrorAction SilentlyContinue) { oh-my-posh init pwsh | Invoke-Expression }
if (Get-Command zoxide -ErrorAction SilentlyContinue) { Invoke-Expression (& { (zoxide init powershell | Out-String) }) }
Set-PSReadLineOption -PredictionSource History -HistorySearchCursorMovesToEnd
Set-PSReadLineKeyHandler -Key UpArrow -Function HistorySearchBackward
Set-PSReadLineKeyHandler -Key DownArrow -Function HistorySearchForward
$end
"@
    $profilePath = $PROFILE.CurrentUserAllHosts
    New-Item -ItemType File -Force -Path $profilePath -ErrorAction SilentlyContinue | Out-Null
    $content = Get-Content $profilePath -Raw -ErrorAction SilentlyContinue
    if ($null -eq $content) { $content = '' }
    $pattern = "(?s)$([regex]::Escape($begin)).*?$([regex]::Escape($end))\r?\n?"
    $new = ([regex]::Replace($content, $pattern, '')).TrimEnd() + "`r`n`r`n" + $block + "`r`n"
    if ($PSCmdlet.ShouldProcess($profilePath, 'update managed block')) {
        Copy-Item $profilePath "$profilePath.bak" -Force
        Set-Content -Path $profilePath -Value $new -Encoding utf8
    }
    Write-Host "✓ profile block in $profilePath (backup: .bak)"
}

if (Test-Step 'Wsl') {
    $distros = (wsl.exe -l -q 2>$null) -replace "`0", ''
    if ($distros -notmatch 'Ubuntu-24.04') {
        Invoke-Elevated 'install WSL with Ubuntu 24.04' 'wsl --install -d Ubuntu-24.04 --no-launch'
        Write-Warning 'Reboot required to finish WSL setup.'
    } else { Write-Host '✓ WSL Ubuntu-24.04' }
}

if (Test-Step 'KestrelCli') {
    if (Get-Command kestrel -ErrorAction SilentlyContinue) {
        Write-Host "✓ kestrel $(kestrel version --short)"
    } elseif ($PSCmdlet.ShouldProcess('kestrel CLI', 'install from get.kestrelcloud.example')) {
        # Vendor-documented installer; installs per-user into $env:LOCALAPPDATA\Kestrel\bin
        Invoke-RestMethod -Uri 'https://get.kestrelcloud.example/install.ps1' | Invoke-Expression
    }
}

if ($DefenderExcludeRepos) {
    New-Item -ItemType Directory -Force -Path $ReposPath | Out-Null
    $resolved = (Resolve-Path $ReposPath).Path
    if ($resolved -in @($HOME, "$env:SystemDrive\", $env:USERPROFILE)) {
        throw "Refusing to exclude $resolved — pick a dedicated repos folder."
    }
    Invoke-Elevated "Defender exclusion for $resolved" "Add-MpPreference -ExclusionPath '$resolved'"
    Write-Host "✓ Defender exclusion: $resolved  (remove with Remove-MpPreference -ExclusionPath '$resolved')"
}

Write-Host "`nDone. Open a new terminal to pick up PATH and profile changes." -ForegroundColor Green
