[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string]$Csv,
    [Parameter(Mandatory)] [string]$Rows,
    [string]$Columns,
    [Parameter(Mandatory)] [string]$Values,
    [string]$Out = "report.xlsx"
)

$excel = New-Object -ComObject Excel.Application
$excel.Visible = $false
$excel.DisplayAlerts = $false

try {
    $wb = $excel.Workbooks.Open((Resolve-Path $Csv).Path)
    $data = $wb.Worksheets.Item(1)
    $data.Name = "Data"
    $range = $data.UsedRange

    $pivotSheet = $wb.Worksheets.Add()
    $pivotSheet.Name = "Summary"

    $cache = $wb.PivotCaches().Create(1, $range)   # xlDatabase
    $pt = $cache.CreatePivotTable($pivotSheet.Range("A3"), "Pivot1")

    $pt.PivotFields($Rows).Orientation = 1          # xlRowField
    if ($Columns) { $pt.PivotFields($Columns).Orientation = 2 }  # xlColumnField
    $df = $pt.AddDataField($pt.PivotFields($Values), "Sum of $Values", -4157)  # xlSum
    $df.NumberFormat = "#,##0"

    $chart = $pivotSheet.Shapes.AddChart2(201, 51).Chart   # clustered column
    $chart.SetSourceData($pt.TableRange1)

    $outPath = Join-Path (Get-Location) $Out
    $wb.SaveAs($outPath, 51)   # xlOpenXMLWorkbook
    Write-Output "Saved $outPath"
}
finally {
    if ($wb) { $wb.Close($false) }
    $excel.Quit()
    [System.Runtime.InteropServices.Marshal]::ReleaseComObject($excel) | Out-Null
}
