param(
  [Parameter(Mandatory)][string]$Property,
  [Parameter(Mandatory)][datetime]$AsOf,
  [string]$Out = "$env:USERPROFILE\Documents\YardiExports"
)
$ErrorActionPreference = 'Stop'
New-Item -ItemType Directory -Force -Path $Out | Out-Null
$cs = "DSN=YARDI_VOYAGER;UID=$env:YARDI_DB_USER;PWD=$env:YARDI_DB_PASSWORD"
$conn = New-Object System.Data.Odbc.OdbcConnection $cs
$conn.Open()

function Invoke-Q([string]$sql, [string]$file) {
  $cmd = $conn.CreateCommand(); $cmd.CommandText = $sql
  $cmd.Parameters.Add((New-Object System.Data.Odbc.OdbcParameter("p", $Property))) | Out-Null
  $da = New-Object System.Data.Odbc.OdbcDataAdapter $cmd
  $dt = New-Object System.Data.DataTable; [void]$da.Fill($dt)
  $dt | Export-Csv -NoTypeInformation -Path (Join-Path $Out $file)
  Write-Host "$file : $($dt.Rows.Count) rows"
}

$d = $AsOf.ToString('yyyyMMdd')
Invoke-Q @"
SELECT u.scode AS unit, t.sfirstname + ' ' + t.slastname AS tenant, t.dtleasefrom, t.dtleaseto,
       u.srent AS market_rent, t.srent AS lease_rent, t.sstatus
FROM unit u JOIN property p ON p.hmy = u.hproperty
LEFT JOIN tenant t ON t.hunit = u.hmy AND t.istatus IN (0,4)
WHERE p.scode = ?
"@ "rentroll_${Property}_$d.csv"

Invoke-Q @"
SELECT t.scode, t.slastname, SUM(CASE WHEN DATEDIFF(day, tr.sdatedue, GETDATE()) <= 30 THEN tr.stotalamount - tr.samountpaid ELSE 0 END) AS d0_30,
       SUM(CASE WHEN DATEDIFF(day, tr.sdatedue, GETDATE()) BETWEEN 31 AND 60 THEN tr.stotalamount - tr.samountpaid ELSE 0 END) AS d31_60,
       SUM(CASE WHEN DATEDIFF(day, tr.sdatedue, GETDATE()) > 60 THEN tr.stotalamount - tr.samountpaid ELSE 0 END) AS d60_plus
FROM trans tr JOIN tenant t ON t.hmyperson = tr.hperson JOIN property p ON p.hmy = t.hproperty
WHERE p.scode = ? AND tr.itype = 7
GROUP BY t.scode, t.slastname
"@ "aging_${Property}_$d.csv"

$conn.Close()
