[CmdletBinding()]
param(
    [string] $ConfigPath = (Join-Path $env:APPDATA 'FolderBackup\backup.config.psd1'),
    [switch] $ListOnly
)

$ErrorActionPreference = 'Stop'
if (-not (Test-Path $ConfigPath)) {
    throw "No config at $ConfigPath. Copy assets\backup.config.psd1 there first."
}
$cfg = Import-PowerShellDataFile -Path $ConfigPath

$logDir = Join-Path $env:LOCALAPPDATA 'FolderBackup\logs'
New-Item -ItemType Directory -Force -Path $logDir | Out-Null
$stamp = Get-Date -Format 'yyyyMMdd-HHmmss'
$destRoot = [Environment]::ExpandEnvironmentVariables($cfg.Destination)

if (-not (Test-Path $destRoot)) {
    if ($ListOnly) { Write-Warning "Destination $destRoot does not exist yet (would be created)." }
    else { New-Item -ItemType Directory -Force -Path $destRoot | Out-Null }
}

$worst = 0
foreach ($src in $cfg.Sources) {
    $srcPath = [Environment]::ExpandEnvironmentVariables($src)
    if (-not (Test-Path $srcPath)) { Write-Warning "Skipping missing source $srcPath"; continue }

    $leaf = Split-Path $srcPath -Leaf
    $dest = Join-Path $destRoot $leaf
    $log  = Join-Path $logDir "$stamp-$leaf.log"

    $rcArgs = @($srcPath, $dest, '/R:2', '/W:5', '/NP', '/FFT', "/MT:$($cfg.Threads)", "/UNILOG:$log", '/TEE')
    if ($cfg.Mode -eq 'Mirror') { $rcArgs += '/MIR' } else { $rcArgs += @('/E', '/XO') }
    if ($cfg.ExcludeDirs)  { $rcArgs += '/XD'; $rcArgs += $cfg.ExcludeDirs }
    if ($cfg.ExcludeFiles) { $rcArgs += '/XF'; $rcArgs += $cfg.ExcludeFiles }
    if ($ListOnly) { $rcArgs += '/L' }

    Write-Host "==> $srcPath -> $dest ($($cfg.Mode)$(if ($ListOnly) {', list only'}))"
    & robocopy.exe @rcArgs | Out-Host
    $code = $LASTEXITCODE
    if ($code -gt $worst) { $worst = $code }
    if ($code -ge 8) { Write-Warning "robocopy reported failure ($code) for $srcPath; see $log" }
}

# prune old logs
Get-ChildItem $logDir -Filter *.log |
    Where-Object LastWriteTime -lt (Get-Date).AddDays(-[int]$cfg.LogRetentionDays) |
    Remove-Item -Force

if ($worst -ge 8) { exit 1 } else { exit 0 }
