<#
.SYNOPSIS
  Install SKSE64 into a Skyrim SE/AE folder, or identify mod archives via the Nexus MD5 API.
#>
[CmdletBinding(SupportsShouldProcess, DefaultParameterSetName = 'Install')]
param(
    [Parameter(ParameterSetName = 'Install', Mandatory)] [string] $Archive,
    [Parameter(ParameterSetName = 'Install', Mandatory)] [string] $GameDir,
    [Parameter(ParameterSetName = 'Identify', Mandatory)] [string] $IdentifyDownloads,
    [string] $SevenZip = "$env:ProgramFiles\7-Zip\7z.exe"
)
$ErrorActionPreference = 'Stop'

function Install-Skse {
    $exe = Join-Path $GameDir 'SkyrimSE.exe'
    if (-not (Test-Path $exe)) { throw "SkyrimSE.exe not found in $GameDir" }
    $gameVer = (Get-Item $exe).VersionInfo.ProductVersion          # e.g. 1.6.1170.0
    $want = 'skse64_' + (($gameVer -split '\.')[0..2] -join '_') + '.dll'

    $tmp = Join-Path $env:TEMP ("skse_" + [guid]::NewGuid())
    & $SevenZip x $Archive "-o$tmp" -y | Out-Null
    if ($LASTEXITCODE -ne 0) { throw "7-Zip failed ($LASTEXITCODE)" }
    $root = Get-ChildItem $tmp -Directory | Select-Object -First 1
    $dll = Get-ChildItem $root.FullName -Filter 'skse64_1_*.dll' | Where-Object Name -NotLike '*steam_loader*'
    if ($dll.Name -ne $want) {
        Remove-Item $tmp -Recurse -Force
        throw "Version mismatch: game needs $want but archive has $($dll.Name)"
    }

    foreach ($f in Get-ChildItem -Path "$($root.FullName)\*" -File -Include *.exe, *.dll) {
        if ($PSCmdlet.ShouldProcess((Join-Path $GameDir $f.Name), 'Copy')) {
            Copy-Item $f.FullName -Destination $GameDir -Force
        }
    }
    $scripts = Join-Path $root.FullName 'Data\Scripts'
    if ((Test-Path $scripts) -and $PSCmdlet.ShouldProcess("$GameDir\Data\Scripts", 'Copy SKSE scripts')) {
        Copy-Item $scripts -Destination (Join-Path $GameDir 'Data') -Recurse -Force
    }
    Remove-Item $tmp -Recurse -Force
    Write-Host "SKSE installed for runtime $gameVer. Launch via skse64_loader.exe (or MO2)."
}

function Find-NexusMods {
    if (-not $env:NEXUS_API_KEY) { throw 'Set $env:NEXUS_API_KEY (nexusmods.com > Site preferences > API Keys)' }
    $headers = @{ apikey = $env:NEXUS_API_KEY; 'Application-Name' = 'skse-helper'; 'Application-Version' = '1.0' }
    Get-ChildItem $IdentifyDownloads -File -Include *.7z, *.zip, *.rar -Recurse | ForEach-Object {
        $md5 = (Get-FileHash $_.FullName -Algorithm MD5).Hash.ToLower()
        $uri = "https://api.nexusmods.com/v1/games/skyrimspecialedition/mods/md5_search/$md5.json"
        try {
            $res = Invoke-RestMethod -Uri $uri -Headers $headers -Method Get
            $hit = $res | Select-Object -First 1
            [pscustomobject]@{
                File    = $_.Name
                Mod     = $hit.mod.name
                ModId   = $hit.mod.mod_id
                Version = $hit.file_details.version
                Url     = "https://www.nexusmods.com/skyrimspecialedition/mods/$($hit.mod.mod_id)"
            }
        } catch {
            [pscustomobject]@{ File = $_.Name; Mod = '(not found)'; ModId = $null; Version = $null; Url = $null }
        }
        Start-Sleep -Milliseconds 500
    } | Format-Table -AutoSize
}

if ($PSCmdlet.ParameterSetName -eq 'Identify') { Find-NexusMods } else { Install-Skse }
