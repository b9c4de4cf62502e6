<#
.SYNOPSIS
  Collect hardware/software inventory, show it, and send to Snipe-IT only with the user's consent.
#>
param([Parameter(Mandatory)] [string] $ApiBase)
$ErrorActionPreference = 'Stop'

$cs   = Get-CimInstance Win32_ComputerSystem
$bios = Get-CimInstance Win32_BIOS
$os   = Get-CimInstance Win32_OperatingSystem
$cpu  = Get-CimInstance Win32_Processor | Select-Object -First 1
$disk = Get-CimInstance Win32_LogicalDisk -Filter "DeviceID='C:'"

$apps = Get-ItemProperty 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall\*',
                         'HKLM:\SOFTWARE\WOW6432Node\Microsoft\Windows\CurrentVersion\Uninstall\*' -ErrorAction SilentlyContinue |
        Where-Object DisplayName | Sort-Object DisplayName -Unique |
        ForEach-Object { [ordered]@{ name = $_.DisplayName; version = $_.DisplayVersion; publisher = $_.Publisher } }

$bitlocker = try { (Get-BitLockerVolume -MountPoint 'C:').ProtectionStatus.ToString() } catch { 'unknown (needs admin)' }
$edr = [bool](Get-Service -Name 'Sense', 'CSFalconService', 'SentinelAgent' -ErrorAction SilentlyContinue)

$inv = [ordered]@{
    hostname      = $env:COMPUTERNAME
    serial        = $bios.SerialNumber
    manufacturer  = $cs.Manufacturer
    model         = $cs.Model
    cpu           = $cpu.Name
    ram_gb        = [math]::Round($cs.TotalPhysicalMemory / 1GB)
    disk_gb       = [math]::Round($disk.Size / 1GB)
    disk_free_gb  = [math]::Round($disk.FreeSpace / 1GB)
    os            = "$($os.Caption) $($os.Version)"
    last_boot     = $os.LastBootUpTime.ToString('o')
    encryption    = $bitlocker
    edr_present   = $edr
    assigned_user = $env:USERNAME
    applications  = @($apps)
}
$path = Join-Path (Get-Location) "inventory-$($env:COMPUTERNAME).json"
$inv | ConvertTo-Json -Depth 4 | Set-Content $path -Encoding UTF8

Write-Host "`n=== This is everything that would be sent ($path) ===`n"
Get-Content $path | Write-Host
$answer = Read-Host "`nSend this inventory to the IT asset register? [y/N]"
if ($answer -notmatch '^[Yy]') { Write-Host 'Not sent. The file stays on this computer.'; return }

if (-not $env:SNIPEIT_API_TOKEN) { throw 'SNIPEIT_API_TOKEN not set (ask IT).' }
$headers = @{ Authorization = "Bearer $env:SNIPEIT_API_TOKEN"; Accept = 'application/json' }
$body = @{
    name = $inv.hostname; serial = $inv.serial; status_id = 2; model_id = 1
    notes = ($inv | ConvertTo-Json -Depth 4 -Compress)
} | ConvertTo-Json
$r = Invoke-RestMethod -Method Post -Uri "$ApiBase/api/v1/hardware" -Headers $headers -Body $body -ContentType 'application/json'
Write-Host "Asset register response: $($r.status) $($r.messages)"
