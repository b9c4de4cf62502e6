<#
.SYNOPSIS
  Build crypto tax lots and a Form 8949-style CSV.
.EXAMPLE
  pwsh Export-TaxLots.ps1 -Trades trades.csv -Year 2025 -Out 8949.csv
.EXAMPLE
  pwsh Export-TaxLots.ps1 -FromApi Kraken -Year 2025 -Out 8949.csv
#>
[CmdletBinding()]
param(
    [string]$Trades,
    [ValidateSet('Kraken')][string]$FromApi,
    [Parameter(Mandatory)][int]$Year,
    [ValidateSet('FIFO', 'HIFO')][string]$Method = 'FIFO',
    [string]$Out = "8949-$Year.csv"
)
$ErrorActionPreference = 'Stop'
. (Join-Path $PSScriptRoot 'Find-ExchangeKeys.ps1')

function Get-KrakenTrades {
    $k = Find-ExchangeKeys -Exchange 'Kraken'
    if (-not $k.Key -or -not $k.Secret) { throw 'No Kraken API key found. Set KRAKEN_API_KEY and KRAKEN_API_SECRET.' }
    $path = '/0/private/TradesHistory'
    $rows = @(); $ofs = 0
    do {
        $nonce = [string][DateTimeOffset]::UtcNow.ToUnixTimeMilliseconds()
        $post = "nonce=$nonce&ofs=$ofs"
        $sha = [Security.Cryptography.SHA256]::Create().ComputeHash([Text.Encoding]::UTF8.GetBytes($nonce + $post))
        $msg = [Text.Encoding]::UTF8.GetBytes($path) + $sha
        $hmac = New-Object Security.Cryptography.HMACSHA512 (, [Convert]::FromBase64String($k.Secret))
        $sig = [Convert]::ToBase64String($hmac.ComputeHash($msg))
        $r = Invoke-RestMethod -Uri "https://api.kraken.com$path" -Method Post -Body $post `
            -ContentType 'application/x-www-form-urlencoded' -Headers @{ 'API-Key' = $k.Key; 'API-Sign' = $sig }
        if ($r.error.Count) { throw ($r.error -join '; ') }
        $batch = $r.result.trades.PSObject.Properties | ForEach-Object { $_.Value | Add-Member -PassThru NoteProperty TxId $_.Name }
        foreach ($t in $batch) {
            # Only USD-quoted pairs are handled directly; others need a price source.
            if ($t.pair -notmatch '(ZUSD|USD)$') { continue }
            $asset = ($t.pair -replace '(ZUSD|USD)$', '') -replace '^X(?=[A-Z]{3}$)', '' -replace '^XBT$', 'BTC'
            $rows += [pscustomobject]@{
                Timestamp = [DateTimeOffset]::FromUnixTimeSeconds([long][double]$t.time).UtcDateTime
                Asset = $asset; Side = (Get-Culture).TextInfo.ToTitleCase($t.type)
                Quantity = [decimal]$t.vol; PriceUsd = [decimal]$t.price; FeeUsd = [decimal]$t.fee
                Exchange = 'Kraken'; TxId = $t.TxId
            }
        }
        $ofs += @($batch).Count
    } while (@($batch).Count -gt 0 -and $ofs -lt $r.result.count)
    return $rows
}

function Get-CsvTrades([string]$file) {
    Import-Csv $file | ForEach-Object {
        [pscustomobject]@{
            Timestamp = [datetime]::Parse($_.Timestamp, $null, 'AdjustToUniversal')
            Asset = $_.Asset; Side = $_.Side; Quantity = [decimal]$_.Quantity
            PriceUsd = [decimal]$_.PriceUsd; FeeUsd = [decimal]$_.FeeUsd
            Exchange = $_.Exchange; TxId = $_.TxId
        }
    }
}

$all = if ($FromApi) { Get-KrakenTrades } elseif ($Trades) { Get-CsvTrades $Trades } else { throw 'Use -Trades or -FromApi' }
$all = $all | Sort-Object Timestamp

$lots = @{}     # asset -> ArrayList of @{Date; Qty; UnitCost}
$report = New-Object System.Collections.ArrayList

foreach ($t in $all) {
    if (-not $lots.ContainsKey($t.Asset)) { $lots[$t.Asset] = New-Object System.Collections.ArrayList }
    if ($t.Side -eq 'Buy') {
        [void]$lots[$t.Asset].Add(@{ Date = $t.Timestamp; Qty = $t.Quantity
            UnitCost = ($t.Quantity * $t.PriceUsd + $t.FeeUsd) / $t.Quantity })
        continue
    }
    $remaining = $t.Quantity
    $unitProceeds = ($t.Quantity * $t.PriceUsd - $t.FeeUsd) / $t.Quantity
    while ($remaining -gt 0) {
        $pool = $lots[$t.Asset]
        if ($pool.Count -eq 0) { Write-Warning "Sell of $($t.Asset) on $($t.Timestamp) exceeds known lots"; break }
        $lot = if ($Method -eq 'HIFO') { $pool | Sort-Object { $_.UnitCost } -Descending | Select-Object -First 1 } else { $pool[0] }
        $take = [Math]::Min($remaining, $lot.Qty)
        if ($t.Timestamp.Year -eq $Year) {
            $proceeds = [Math]::Round($take * $unitProceeds, 2)
            $basis = [Math]::Round($take * $lot.UnitCost, 2)
            [void]$report.Add([pscustomobject]@{
                Description = "$take $($t.Asset)"
                DateAcquired = $lot.Date.ToString('MM/dd/yyyy')
                DateSold = $t.Timestamp.ToString('MM/dd/yyyy')
                Proceeds = $proceeds; CostBasis = $basis; Gain = $proceeds - $basis
                Term = if (($t.Timestamp - $lot.Date).TotalDays -gt 365) { 'Long' } else { 'Short' }
            })
        }
        $lot.Qty -= $take
        $remaining -= $take
        if ($lot.Qty -le 0) { $pool.Remove($lot) }
    }
}

$report | Export-Csv -NoTypeInformation -Path $Out
foreach ($term in 'Short', 'Long') {
    $g = ($report | Where-Object Term -eq $term | Measure-Object Gain -Sum).Sum
    '{0,-6} term gain/loss: {1:N2} USD' -f $term, [decimal]$g
}
"wrote $($report.Count) rows to $Out"
