#Requires -RunAsAdministrator
[CmdletBinding()]
param(
    [string]$ReportPath = "C:\ShopIT\reports",
    [switch]$FixPower
)

$ErrorActionPreference = 'Stop'
New-Item -ItemType Directory -Force -Path $ReportPath | Out-Null

$roots = @(
    'HKLM:\SOFTWARE\WOW6432Node\PassThruSupport.04.04',
    'HKLM:\SOFTWARE\PassThruSupport.04.04'
)
$devices = foreach ($root in $roots) {
    if (-not (Test-Path $root)) { continue }
    Get-ChildItem $root | ForEach-Object {
        $p = Get-ItemProperty $_.PSPath
        [pscustomobject]@{
            Vendor   = $p.Vendor
            Name     = $p.Name
            Library  = $p.FunctionLibrary
            DllFound = if ($p.FunctionLibrary) { Test-Path $p.FunctionLibrary } else { $false }
            Hive     = $root
        }
    }
}

$oemPatterns = 'Techstream','FDRS','GDS2','ODIS','i-HDS','Consult','Witech','XENTRY','ISTA','J2534'
$uninstall = 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall\*',
             'HKLM:\SOFTWARE\WOW6432Node\Microsoft\Windows\CurrentVersion\Uninstall\*'
$apps = Get-ItemProperty $uninstall -ErrorAction SilentlyContinue |
    Where-Object { $n = $_.DisplayName; $n -and ($oemPatterns | Where-Object { $n -like "*$_*" }) } |
    Select-Object DisplayName, DisplayVersion, Publisher, InstallDate

$disk = Get-PSDrive C | Select-Object @{n='FreeGB';e={[math]::Round($_.Free/1GB,1)}}

$usbSuspend = (powercfg /query SCHEME_CURRENT 2a737441-1930-4402-8d77-b2bebba308a3 48e6b7a6-50f5-4782-a5d4-53bb8f07e226 |
    Select-String 'Current AC Power Setting Index') -replace '.*: ',''
$sleepAc = (powercfg /query SCHEME_CURRENT SUB_SLEEP STANDBYIDLE |
    Select-String 'Current AC Power Setting Index') -replace '.*: ',''

if ($FixPower) {
    powercfg /setacvalueindex SCHEME_CURRENT 2a737441-1930-4402-8d77-b2bebba308a3 48e6b7a6-50f5-4782-a5d4-53bb8f07e226 0
    powercfg /change standby-timeout-ac 0
    powercfg /setactive SCHEME_CURRENT
    Write-Host "Power settings updated: USB selective suspend off, sleep on AC never."
}

$report = [pscustomobject]@{
    Computer     = $env:COMPUTERNAME
    Date         = (Get-Date).ToString('s')
    J2534        = $devices
    OemApps      = $apps
    FreeGB_C     = $disk.FreeGB
    UsbSuspendAC = $usbSuspend
    SleepAC      = $sleepAc
}
$file = Join-Path $ReportPath ("j2534-health-{0}-{1:yyyyMMdd}.json" -f $env:COMPUTERNAME, (Get-Date))
$report | ConvertTo-Json -Depth 4 | Set-Content -Encoding UTF8 $file

$devices | Format-Table Vendor, Name, DllFound, Library -AutoSize
$apps | Format-Table -AutoSize
Write-Host ("Free space on C: {0} GB" -f $disk.FreeGB)
Write-Host "Report: $file"
