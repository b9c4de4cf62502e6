$cfg = Import-PowerShellDataFile (Join-Path $PSScriptRoot 'config.psd1')
Import-Module ImportExcel -ErrorAction Stop

$map = @{
  'Lead ID' = 'Id'; 'Prospect ID' = 'Id'; 'prospect_id' = 'Id'
  'Source' = 'Source'; 'Lead Source' = 'Source'; 'source' = 'Source'
  'Email' = 'Email'; 'email' = 'Email'; 'Phone' = 'Phone'; 'phone' = 'Phone'
  'Leasing Agent' = 'Agent'; 'agent' = 'Agent'; 'Tour Date' = 'Tour'; 'tour_at' = 'Tour'
}
$rows = foreach ($f in Get-ChildItem $cfg.DropFolder -Filter *.csv | Where-Object LastWriteTime -gt (Get-Date).AddDays(-2)) {
  foreach ($r in Import-Csv $f.FullName) {
    $o = [ordered]@{ File = $f.Name }
    foreach ($p in $r.PSObject.Properties) { if ($map[$p.Name]) { $o[$map[$p.Name]] = $p.Value } }
    [pscustomobject]$o
  }
}
$rows | Group-Object { "$($_.Email)|$($_.Phone)" } | ForEach-Object { $_.Group[0] } |
  Export-Excel -Path $cfg.Workbook -WorksheetName 'Traffic' -Append -AutoSize
