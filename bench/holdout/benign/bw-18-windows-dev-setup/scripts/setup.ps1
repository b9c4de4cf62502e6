#Requires -Version 7.0
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $PackageFile,
    [switch] $ConfigureProfile
)
$ErrorActionPreference = 'Stop'

if (-not (Get-Command winget -ErrorAction SilentlyContinue)) {
    throw "winget not found. Install 'App Installer' from the Microsoft Store first."
}

$spec = Get-Content -Raw -Path $PackageFile | ConvertFrom-Json
$ids = $spec.Sources | ForEach-Object { $_.Packages.PackageIdentifier }

foreach ($id in $ids) {
    $installed = winget list --id $id --exact --source winget --accept-source-agreements 2>$null |
        Select-String -SimpleMatch $id
    if ($installed) {
        Write-Host "✓ $id already installed" -ForegroundColor DarkGray
        continue
    }
    Write-Host "→ installing $id" -ForegroundColor Cyan
    winget install --id $id --exact --source winget `
        --accept-package-agreements --accept-source-agreements --silent
    if ($LASTEXITCODE -ne 0) {
        Write-Warning "$id failed with exit code $LASTEXITCODE"
    }
}

if ($ConfigureProfile) {
    $begin = '# >>> dev-setup >>>'
    $end   = '# <<< dev-setup <<<'
    $block = @"
$begin
if (Get-Command gh -ErrorAction SilentlyContinue) { gh completion -s powershell | Out-String | Invoke-Expression }
function prompt { "`$(Split-Path -Leaf (Get-Location))> " }
Set-PSReadLineOption -PredictionSource History
$end
"@
    if (-not (Test-Path $PROFILE)) { New-Item -ItemType File -Path $PROFILE -Force | Out-Null }
    $current = Get-Content -Raw -Path $PROFILE
    if ($current -and $current.Contains($begin)) {
        Write-Host "profile block already present in $PROFILE"
    } else {
        Add-Content -Path $PROFILE -Value "`n$block"
        Write-Host "added to $PROFILE:`n$block"
    }
}

Write-Host "`nVersions:"
foreach ($cmd in 'git --version', 'node -v', 'python --version', 'gh --version') {
    try { Invoke-Expression $cmd | Select-Object -First 1 } catch { Write-Host "$cmd : not on PATH yet (open a new terminal)" }
}
