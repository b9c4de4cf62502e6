# Nightly import ERP -> WMS_STAGING. Runs as CORP\svc-wmsimport via Task Scheduler.
$ErrorActionPreference = 'Stop'
$src = '\\erp01.corp.example\exports\wms'
$log = "C:\Ops\WmsImport\logs\$(Get-Date -f yyyyMMdd).log"
New-Item -ItemType Directory -Force (Split-Path $log) | Out-Null
function Log($m) { "$(Get-Date -f s) $m" | Add-Content $log }

$deadline = (Get-Date).Date.AddHours(3.5)
while (-not (Test-Path "$src\export.done")) {
  if ((Get-Date) -gt $deadline) { Log 'export.done missing after 03:30, giving up'; exit 2 }
  Start-Sleep 60
}
foreach ($t in 'items','open_orders') {
  $rows = Import-Csv "$src\$t.csv" -Delimiter ';'
  Invoke-Sqlcmd -ServerInstance 'wmssql01.corp.example' -Database WMS_STAGING -Query "TRUNCATE TABLE stg.$t"
  Write-SqlTableData -ServerInstance 'wmssql01.corp.example' -DatabaseName WMS_STAGING -SchemaName stg -TableName $t -InputData $rows
  Log "${t}: $($rows.Count) rows"
}
Log 'OK'
