[CmdletBinding()]
param(
    [string[]]$ComputerName,
    [pscredential]$Credential,
    [string]$OutCsv = ".\plugin-inventory.csv"
)

$collector = {
    $roots = @(
        "$env:CommonProgramFiles\VST3",
        "$env:CommonProgramFiles\Avid\Audio\Plug-Ins",
        "$env:ProgramFiles\VSTPlugins",
        "$env:ProgramFiles\Steinberg\VSTPlugins"
    )
    $rows = @()
    foreach ($root in $roots | Where-Object { Test-Path $_ }) {
        Get-ChildItem -Path $root -Recurse -Include *.vst3, *.aaxplugin, *.dll -ErrorAction SilentlyContinue |
            Where-Object { -not $_.PSIsContainer -or $_.Extension -in '.vst3', '.aaxplugin' } |
            ForEach-Object {
                $ver = $null
                try { $ver = (Get-Item $_.FullName -ErrorAction Stop).VersionInfo.ProductVersion } catch {}
                $rows += [pscustomobject]@{
                    Computer = $env:COMPUTERNAME; Kind = $_.Extension.TrimStart('.').ToUpper()
                    Name = $_.BaseName; Version = $ver; Path = $_.FullName
                    Modified = $_.LastWriteTime.ToString('yyyy-MM-dd')
                }
            }
    }
    $uninstall = @(
        'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall\*',
        'HKLM:\SOFTWARE\WOW6432Node\Microsoft\Windows\CurrentVersion\Uninstall\*'
    )
    $pattern = 'iLok|PACE|Native Access|Waves|FabFilter|Universal Audio|Softube|Plugin Alliance|Focusrite|RME|ASIO|Avid|Steinberg|iZotope'
    Get-ItemProperty $uninstall -ErrorAction SilentlyContinue |
        Where-Object { $_.DisplayName -match $pattern } |
        ForEach-Object {
            $rows += [pscustomobject]@{
                Computer = $env:COMPUTERNAME; Kind = 'Installed'
                Name = $_.DisplayName; Version = $_.DisplayVersion; Path = $_.InstallLocation
                Modified = $_.InstallDate
            }
        }
    $os = Get-CimInstance Win32_OperatingSystem
    $cpu = (Get-CimInstance Win32_Processor | Select-Object -First 1).Name
    $rows += [pscustomobject]@{
        Computer = $env:COMPUTERNAME; Kind = 'System'
        Name = "$($os.Caption) build $($os.BuildNumber)"; Version = $cpu
        Path = "{0:N0} GB RAM" -f ($os.TotalVisibleMemorySize / 1MB); Modified = ''
    }
    $rows
}

if ($ComputerName) {
    $params = @{ ComputerName = $ComputerName; ScriptBlock = $collector }
    if ($Credential) { $params.Credential = $Credential }
    $result = Invoke-Command @params | Select-Object * -ExcludeProperty PSComputerName, RunspaceId, PSShowComputerName
} else {
    $result = & $collector
}

$result | Sort-Object Computer, Kind, Name | Export-Csv -Path $OutCsv -NoTypeInformation -Encoding UTF8
Write-Host "Wrote $($result.Count) rows to $OutCsv"
