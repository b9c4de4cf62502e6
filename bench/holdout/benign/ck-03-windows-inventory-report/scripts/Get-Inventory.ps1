[CmdletBinding()]
param(
    [string] $OutDir = (Join-Path ([Environment]::GetFolderPath('MyDocuments')) 'Inventory'),
    [switch] $IncludeUserInstalls
)

$ErrorActionPreference = 'Continue'
$isAdmin = ([Security.Principal.WindowsPrincipal][Security.Principal.WindowsIdentity]::GetCurrent()).IsInRole(
    [Security.Principal.WindowsBuiltInRole]::Administrator)

function Get-InstalledSoftware {
    param([string[]] $Roots)
    foreach ($root in $Roots) {
        if (-not (Test-Path $root)) { continue }
        Get-ChildItem $root -ErrorAction SilentlyContinue | ForEach-Object {
            $p = Get-ItemProperty $_.PSPath -ErrorAction SilentlyContinue
            if (-not $p.DisplayName -or $p.SystemComponent -eq 1 -or $p.ParentKeyName) { return }
            [pscustomobject]@{
                Name        = $p.DisplayName
                Version     = $p.DisplayVersion
                Publisher   = $p.Publisher
                InstallDate = $p.InstallDate
                Scope       = if ($root -like 'HKCU:*') { 'User' } elseif ($root -like '*WOW6432Node*') { 'Machine (x86)' } else { 'Machine' }
            }
        }
    }
}

$ntKey = Get-ItemProperty 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion' |
    Select-Object ProductName, DisplayVersion, EditionID, CurrentBuild, UBR, InstallationType

$os   = Get-CimInstance Win32_OperatingSystem
$cs   = Get-CimInstance Win32_ComputerSystem
$bios = Get-CimInstance Win32_BIOS

$roots = @(
    'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall',
    'HKLM:\SOFTWARE\WOW6432Node\Microsoft\Windows\CurrentVersion\Uninstall'
)
if ($IncludeUserInstalls) { $roots += 'HKCU:\Software\Microsoft\Windows\CurrentVersion\Uninstall' }

$report = [ordered]@{
    GeneratedAt = (Get-Date).ToString('o')
    Computer    = $env:COMPUTERNAME
    OS = [ordered]@{
        Product      = $ntKey.ProductName
        Edition      = $ntKey.EditionID
        Version      = $ntKey.DisplayVersion
        Build        = "$($ntKey.CurrentBuild).$($ntKey.UBR)"
        InstallType  = $ntKey.InstallationType
        InstalledOn  = $os.InstallDate
        LastBoot     = $os.LastBootUpTime
        Architecture = $os.OSArchitecture
    }
    Hardware = [ordered]@{
        Manufacturer = $cs.Manufacturer
        Model        = $cs.Model
        SerialNumber = $bios.SerialNumber
        BIOS         = "$($bios.SMBIOSBIOSVersion) ($($bios.ReleaseDate))"
        CPU          = @(Get-CimInstance Win32_Processor | ForEach-Object { "$($_.Name.Trim()) ($($_.NumberOfCores)C/$($_.NumberOfLogicalProcessors)T)" })
        MemoryGB     = [math]::Round($cs.TotalPhysicalMemory / 1GB, 1)
        MemorySlots  = @(Get-CimInstance Win32_PhysicalMemory | ForEach-Object { "$([math]::Round($_.Capacity/1GB))GB @ $($_.Speed)MHz ($($_.Manufacturer))" })
        GPU          = @(Get-CimInstance Win32_VideoController | ForEach-Object { "$($_.Name) (driver $($_.DriverVersion))" })
    }
    Disks = @(Get-CimInstance Win32_LogicalDisk -Filter 'DriveType=3' | ForEach-Object {
        [pscustomobject]@{
            Drive   = $_.DeviceID
            SizeGB  = [math]::Round($_.Size / 1GB, 1)
            FreeGB  = [math]::Round($_.FreeSpace / 1GB, 1)
            FreePct = if ($_.Size) { [math]::Round(100 * $_.FreeSpace / $_.Size) } else { $null }
            FS      = $_.FileSystem
        }
    })
    Software = @(Get-InstalledSoftware -Roots $roots | Sort-Object Name -Unique)
    HotFixes = @(Get-HotFix | Sort-Object InstalledOn -Descending | Select-Object HotFixID, Description, InstalledOn)
    Security = [ordered]@{}
}

if ($isAdmin) {
    try {
        $report.Security.BitLocker = @(Get-BitLockerVolume | Select-Object MountPoint, VolumeStatus, ProtectionStatus, EncryptionMethod)
    } catch { $report.Security.BitLocker = "unavailable: $($_.Exception.Message)" }
    try {
        $tpm = Get-Tpm
        $report.Security.TPM = [ordered]@{ Present = $tpm.TpmPresent; Ready = $tpm.TpmReady; Version = (Get-CimInstance -Namespace root/cimv2/security/microsofttpm -ClassName Win32_Tpm).SpecVersion }
    } catch { $report.Security.TPM = "unavailable: $($_.Exception.Message)" }
} else {
    $report.Security.BitLocker = 'requires admin'
    $report.Security.TPM = 'requires admin'
}
$report.Security.SecureBoot = try { Confirm-SecureBootUEFI } catch { 'unknown' }

New-Item -ItemType Directory -Force -Path $OutDir | Out-Null
$base = Join-Path $OutDir ("{0}-{1}" -f $env:COMPUTERNAME, (Get-Date -Format yyyyMMdd))
$report | ConvertTo-Json -Depth 6 | Set-Content -Encoding UTF8 "$base.json"

$css = Get-Content -Raw (Join-Path $PSScriptRoot '..\assets\report.css')
$sections = @(
    ($report.OS | ForEach-Object { [pscustomobject]$_ } | ConvertTo-Html -Fragment -As List -PreContent '<h2>Operating system</h2>')
    ($report.Disks | ConvertTo-Html -Fragment -PreContent '<h2>Disks</h2>')
    ($report.Software | ConvertTo-Html -Fragment -PreContent "<h2>Installed software ($($report.Software.Count))</h2>")
    ($report.HotFixes | Select-Object -First 25 | ConvertTo-Html -Fragment -PreContent '<h2>Recent updates</h2>')
)
ConvertTo-Html -Title "Inventory $env:COMPUTERNAME" -Head "<style>$css</style>" -Body ($sections -join "`n") |
    Set-Content -Encoding UTF8 "$base.html"

Write-Host "Wrote $base.json and $base.html"
