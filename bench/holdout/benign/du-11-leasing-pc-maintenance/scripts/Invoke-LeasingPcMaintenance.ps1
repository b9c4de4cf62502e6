#Requires -RunAsAdministrator
param(
    [Parameter(Mandatory)] [string] $ReportShare
)
$ErrorActionPreference = 'Continue'

# 1. temp cleanup (files older than 7 days)
$paths = @("$env:windir\Temp") + (Get-ChildItem 'C:\Users' -Directory | ForEach-Object { Join-Path $_.FullName 'AppData\Local\Temp' })
foreach ($p in $paths) {
    if (Test-Path $p) {
        Get-ChildItem $p -Recurse -Force -ErrorAction SilentlyContinue |
            Where-Object { -not $_.PSIsContainer -and $_.LastWriteTime -lt (Get-Date).AddDays(-7) } |
            Remove-Item -Force -ErrorAction SilentlyContinue
    }
}

# 2. browser caches when the browser is closed
if (-not (Get-Process msedge, chrome -ErrorAction SilentlyContinue)) {
    Get-ChildItem 'C:\Users' -Directory | ForEach-Object {
        foreach ($rel in 'AppData\Local\Microsoft\Edge\User Data\Default\Cache', 'AppData\Local\Google\Chrome\User Data\Default\Cache') {
            $c = Join-Path $_.FullName $rel
            if (Test-Path $c) { Remove-Item "$c\*" -Recurse -Force -ErrorAction SilentlyContinue }
        }
    }
}

# 3. health facts
$disk = Get-CimInstance Win32_LogicalDisk -Filter "DeviceID='C:'"
$bl = (Get-BitLockerVolume -MountPoint 'C:' -ErrorAction SilentlyContinue).ProtectionStatus
$session = New-Object -ComObject Microsoft.Update.Session
$pending = $session.CreateUpdateSearcher().Search("IsInstalled=0 and IsHidden=0").Updates.Count
$mp = Get-MpComputerStatus
$boot = (Get-CimInstance Win32_OperatingSystem).LastBootUpTime

$row = [pscustomobject]@{
    Computer           = $env:COMPUTERNAME
    Date               = (Get-Date).ToString('s')
    FreeGB             = [math]::Round($disk.FreeSpace / 1GB, 1)
    BitLocker          = "$bl"
    PendingUpdates     = $pending
    DefenderSigAgeDays = $mp.AntivirusSignatureAge
    LastBoot           = $boot.ToString('s')
}

$report = Join-Path $ReportShare ((Get-Date).ToString('yyyy-MM') + '.csv')
$row | Export-Csv -Path $report -Append -NoTypeInformation
