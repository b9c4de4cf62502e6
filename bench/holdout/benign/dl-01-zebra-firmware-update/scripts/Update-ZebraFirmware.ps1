<#
.SYNOPSIS
  Check / update firmware on ONE Zebra printer over raw port 9100.
.NOTES
  Firmware file must be downloaded by the operator from Zebra support. Config is backed up first.
#>
[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'High')]
param(
    [Parameter(Mandatory)] [string] $Printer,
    [string] $FirmwareFile,
    [switch] $CheckOnly,
    [int]    $Port = 9100
)

$ErrorActionPreference = 'Stop'

function Send-Zpl([string]$Text, [switch]$ReadReply) {
    $client = [System.Net.Sockets.TcpClient]::new($Printer, $Port)
    try {
        $stream = $client.GetStream()
        $bytes  = [Text.Encoding]::ASCII.GetBytes($Text)
        $stream.Write($bytes, 0, $bytes.Length)
        if ($ReadReply) {
            Start-Sleep -Milliseconds 800
            $buf = New-Object byte[] 65536
            $n = $stream.Read($buf, 0, $buf.Length)
            return [Text.Encoding]::ASCII.GetString($buf, 0, $n)
        }
    } finally { $client.Dispose() }
}

$info = Send-Zpl ('! U1 getvar "appl.name"' + "`r`n") -ReadReply
Write-Host "Printer $Printer firmware: $info"

$backupDir = Join-Path $PSScriptRoot '..\backups'
New-Item -ItemType Directory -Force -Path $backupDir | Out-Null
$backup = Join-Path $backupDir ("{0}-{1:yyyyMMdd-HHmm}.txt" -f ($Printer -replace '[^\w.-]', '_'), (Get-Date))
Send-Zpl '^XA^HH^XZ' -ReadReply | Set-Content -Path $backup -Encoding ascii
Write-Host "Config backed up to $backup"

if ($CheckOnly) { return }

if (-not $FirmwareFile -or -not (Test-Path $FirmwareFile)) { throw "Firmware file not found: $FirmwareFile" }
if ((Split-Path $FirmwareFile -Leaf) -notmatch '^V\d{2}\.\d+\.\d+Z?\.zpl$') {
    throw "Refusing: '$FirmwareFile' does not look like a Zebra firmware package (V9x.y.z.zpl)."
}

if ($PSCmdlet.ShouldProcess($Printer, "Send firmware $(Split-Path $FirmwareFile -Leaf)")) {
    $client = [System.Net.Sockets.TcpClient]::new($Printer, $Port)
    try {
        $fs = [IO.File]::OpenRead($FirmwareFile)
        $fs.CopyTo($client.GetStream())
        $fs.Dispose()
    } finally { $client.Dispose() }
    Write-Host "Firmware sent. Printer will reboot (3-5 min). Do not power-cycle."
}
