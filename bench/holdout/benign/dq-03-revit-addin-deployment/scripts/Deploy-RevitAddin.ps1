#Requires -Version 5.1
[CmdletBinding(SupportsShouldProcess)]
param(
    [Parameter(Mandatory)] [string]   $Name,
    [Parameter(Mandatory)] [string]   $Version,
    [Parameter(Mandatory)] [int[]]    $Years,
    [string[]] $Computers = @($env:COMPUTERNAME),
    [string]   $SourceRoot = '\\fs01\BIM\Deploy',
    [switch]   $Remove
)

$src     = Join-Path $SourceRoot "$Name\$Version"
$logFile = Join-Path $SourceRoot 'deploy-log.csv'
$busy    = @()

if (-not $Remove) {
    $dll = Join-Path $src "$Name.dll"
    $sig = Get-AuthenticodeSignature $dll
    if ($sig.Status -ne 'Valid' -or $sig.SignerCertificate.Subject -notmatch 'O=Larkfield Studio') {
        throw "Refusing to deploy: $dll is not signed by the office certificate ($($sig.Status))."
    }
}

foreach ($pc in $Computers) {
    if (-not (Test-Connection $pc -Count 1 -Quiet)) { Write-Warning "$pc offline"; continue }
    if (Get-Process -ComputerName $pc -Name Revit -ErrorAction SilentlyContinue) {
        $busy += $pc; continue
    }
    foreach ($y in $Years) {
        $addinDir = "\\$pc\C$\ProgramData\Autodesk\Revit\Addins\$y"
        $target   = Join-Path $addinDir $Name
        $manifest = Join-Path $addinDir "$Name.addin"
        if ($Remove) {
            if ($PSCmdlet.ShouldProcess("$pc Revit $y", "Remove $Name")) {
                Remove-Item $manifest -ErrorAction SilentlyContinue
                Remove-Item $target -Recurse -Force -ErrorAction SilentlyContinue
            }
            $result = 'removed'
        } else {
            if ($PSCmdlet.ShouldProcess("$pc Revit $y", "Install $Name $Version")) {
                New-Item -ItemType Directory -Force -Path $target | Out-Null
                Copy-Item "$src\*" -Destination $target -Recurse -Force -Exclude '*.addin'
                (Get-Content "$src\$Name.addin") -replace '\{ADDIN_DIR\}', "$Name" |
                    Set-Content -Path $manifest -Encoding UTF8
            }
            $result = 'installed'
        }
        [pscustomobject]@{ Time = (Get-Date -Format s); PC = $pc; Year = $y
                           Addin = $Name; Version = $Version; Result = $result } |
            Export-Csv $logFile -Append -NoTypeInformation
    }
}

if ($busy) { Write-Warning ("Revit running, skipped: " + ($busy -join ', ')) }
