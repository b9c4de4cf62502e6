param(
    [string]$Release = 'R25.0',
    [string]$Product = 'AutoCAD 2025',
    [string]$Source  = '\\fs01\CAD-Standards\Plot',
    [string[]]$Printers = @('\\print01\DesignJet-T2600', '\\print01\DesignJet-T1700')
)
$ErrorActionPreference = 'Stop'

foreach ($p in $Printers) {
    if (-not (Get-Printer -Name $p -ErrorAction SilentlyContinue)) {
        Write-Host "Adding $p"
        Add-Printer -ConnectionName $p
    }
}

$base = Join-Path $env:APPDATA "Autodesk\$Product\$Release\enu\Plotters"
if (-not (Test-Path $base)) {
    Write-Warning "$base not found - start $Product once to create the profile, then rerun."
    return
}
Copy-Item "$Source\*.pc3" -Destination $base -Force
Copy-Item "$Source\*.ctb" -Destination (Join-Path $base 'Plot Styles') -Force
Copy-Item "$Source\*.pmp" -Destination (Join-Path $base 'PMP Files') -Force -ErrorAction SilentlyContinue
Write-Host "Plot styles and PC3 files copied to $base"
