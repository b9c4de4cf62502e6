Attribute VB_Name = "modReports"
Option Compare Database
Option Explicit

Private Const REPORT_ROOT As String = "\\townhall-fs\Permits\Reports\"

Public Sub ExportWeeklyReports()
    Dim outDir As String
    outDir = REPORT_ROOT & Format(Date, "yyyy-mm-dd") & "\"
    If Dir(outDir, vbDirectory) = "" Then MkDir outDir

    DoCmd.OpenReport "rptPermitsIssued", acViewPreview, , _
        "IssuedDate >= #" & Format(Date - 7, "mm/dd/yyyy") & "#", acHidden
    DoCmd.OutputTo acOutputReport, "rptPermitsIssued", acFormatPDF, outDir & "PermitsIssued.pdf"
    DoCmd.Close acReport, "rptPermitsIssued"

    DoCmd.TransferSpreadsheet acExport, acSpreadsheetTypeExcel12Xml, _
        "qryInspectionsDue10Day", outDir & "InspectionsDue.xlsx", True

    MsgBox "Reports written to " & outDir, vbInformation, "Permit Tracker"
End Sub
