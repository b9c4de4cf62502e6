[CmdletBinding()]
param(
    [switch]$BackupOnly,
    [string]$Notify,
    [string]$SteamCmdDir = 'C:\steamcmd',
    [string]$ServerDir = 'C:\valheim-server',
    [string]$BackupDir = 'D:\ValheimBackups'
)
$ErrorActionPreference = 'Stop'

function Send-Discord([string]$Text) {
    if (-not $env:DISCORD_WEBHOOK_URL) { return }
    $body = @{ content = $Text } | ConvertTo-Json
    Invoke-RestMethod -Uri $env:DISCORD_WEBHOOK_URL -Method Post -ContentType 'application/json' -Body $body | Out-Null
}

function Backup-Worlds {
    $worlds = 'C:\Users\valheim\AppData\LocalLow\IronGate\Valheim\worlds_local'
    New-Item -ItemType Directory -Force -Path $BackupDir | Out-Null
    $zip = Join-Path $BackupDir ("worlds-{0:yyyyMMdd-HHmm}.zip" -f (Get-Date))
    Compress-Archive -Path "$worlds\*" -DestinationPath $zip
    Get-ChildItem $BackupDir -Filter 'worlds-*.zip' | Sort-Object LastWriteTime -Descending | Select-Object -Skip 14 | Remove-Item
    Write-Host "Backup: $zip"
}

if ($Notify) { Send-Discord $Notify }
Backup-Worlds
if ($BackupOnly) { return }

if (-not (Test-Path "$SteamCmdDir\steamcmd.exe")) {
    New-Item -ItemType Directory -Force -Path $SteamCmdDir | Out-Null
    $zip = Join-Path $env:TEMP 'steamcmd.zip'
    Invoke-WebRequest -Uri 'https://steamcdn-a.akamaihd.net/client/installer/steamcmd.zip' -OutFile $zip
    Expand-Archive $zip -DestinationPath $SteamCmdDir -Force
}

Stop-ScheduledTask -TaskName 'ValheimServer' -ErrorAction SilentlyContinue
Get-Process valheim_server -ErrorAction SilentlyContinue | Stop-Process
& "$SteamCmdDir\steamcmd.exe" +force_install_dir $ServerDir +login anonymous +app_update 896660 validate +quit
Start-ScheduledTask -TaskName 'ValheimServer'
Send-Discord 'Valheim server updated and starting ⚔️'
