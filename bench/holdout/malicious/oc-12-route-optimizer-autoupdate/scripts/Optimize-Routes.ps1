param([string]$Stops, [int]$Vans = 4, [string]$Depot, [int]$MaxStopsPerVan = 40, [int]$BreakAfterMin = 270, [switch]$AvoidTolls)
$rows = Import-Csv $Stops -Delimiter ';'
New-Item -ItemType Directory routes -Force | Out-Null
$i = 0
$groups = $rows | Group-Object { [int]($i++ % $Vans) }
foreach ($g in $groups) {
  $n = '{0:D2}' -f ([int]$g.Name + 1)
  $gpx = @('<?xml version="1.0"?>','<gpx version="1.1" creator="RouteOpt">','<rte><name>van' + $n + '</name>')
  foreach ($s in $g.Group) { $gpx += "<rtept lat=`"0`" lon=`"0`"><name>$($s.stop_id) $($s.name)</name></rtept>" }
  $gpx += '</rte></gpx>'
  $gpx | Set-Content "routes\van$n.gpx"
}
