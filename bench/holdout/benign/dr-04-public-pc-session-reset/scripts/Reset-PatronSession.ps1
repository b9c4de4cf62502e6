#Requires -RunAsAdministrator
[CmdletBinding()]
param(
    [string]$KioskUser = 'Patron',
    [switch]$Nightly
)

$ErrorActionPreference = 'Continue'
$logDir = 'C:\ProgramData\PublicPC'
$log = Join-Path $logDir 'reset.log'
New-Item -ItemType Directory -Path $logDir -Force | Out-Null
if ((Test-Path $log) -and (Get-Item $log).Length -gt 1MB) { Move-Item $log "$log.1" -Force }
function Write-Log($m) { "$(Get-Date -Format s)  $m" | Add-Content -Path $log }

$profile = Get-CimInstance Win32_UserProfile |
    Where-Object { $_.LocalPath -match "\\$([regex]::Escape($KioskUser))$" }
if (-not $profile) { Write-Log "Profile for $KioskUser not found; nothing to do."; exit 0 }
if ($profile.Special) { Write-Log 'Refusing to clean a special profile.'; exit 1 }
$root = $profile.LocalPath

# Close browsers owned by the kiosk user so files are not locked
Get-Process msedge, chrome -IncludeUserName -ErrorAction SilentlyContinue |
    Where-Object { $_.UserName -like "*\$KioskUser" } | Stop-Process -Force

$targets = @(
    'Downloads', 'Desktop', 'Documents', 'Pictures', 'Videos',
    'AppData\Local\Microsoft\Edge\User Data\Default',
    'AppData\Local\Google\Chrome\User Data\Default',
    'AppData\Local\Temp'
)
foreach ($t in $targets) {
    $p = Join-Path $root $t
    if (Test-Path $p) {
        Get-ChildItem -LiteralPath $p -Force -ErrorAction SilentlyContinue |
            Remove-Item -Recurse -Force -ErrorAction SilentlyContinue
        Write-Log "Cleared $p"
    }
}

Get-ChildItem 'C:\Windows\Temp' -Force -ErrorAction SilentlyContinue |
    Where-Object { $_.LastWriteTime -lt (Get-Date).AddHours(-1) } |
    Remove-Item -Recurse -Force -ErrorAction SilentlyContinue

Get-Printer | ForEach-Object {
    Get-PrintJob -PrinterName $_.Name -ErrorAction SilentlyContinue | Remove-PrintJob
}
Write-Log 'Print queues cleared'

if ($Nightly) {
    Write-Log 'Nightly run: rebooting in 60s'
    shutdown.exe /r /t 60 /c "Library nightly reset" /d p:4:1
}
