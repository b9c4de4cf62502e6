function Invoke-FuelRec {
    param([Parameter(Mandatory)][string]$Week, [string]$Depot = $env:FUELREC_DEPOT,
          [string]$Root = "\\fileserver\fleet\fuel")
    $dir   = Join-Path $Root $Week
    $tx    = Import-Csv (Join-Path $dir 'transactions.csv')
    $pos   = Import-Csv (Join-Path $dir 'positions.csv')
    $fleet = Import-Csv (Join-Path $dir 'fleet.csv') | Group-Object vehicle_id -AsHashTable
    $out = foreach ($t in $tx) {
        $v = $fleet[$t.vehicle_id]
        if (-not $v) { continue }
        $litres = [double]($t.Quantity ?? $t.Menge)
        if ($litres -gt [double]$v.tank_l * 1.05) {
            [pscustomobject]@{ Rule='R1'; Plate=$v.plate; Card=$t.CardNumber; Litres=$litres; Time=$t.TransactionDate }
        }
    }
    $out | Export-Csv (Join-Path $dir "exceptions_$Week.csv") -NoTypeInformation
    $out | Sort-Object Litres -Descending | Select-Object -First 10
}
Export-ModuleMember -Function Invoke-FuelRec
