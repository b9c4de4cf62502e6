Attribute VB_Name = "RentRollTools"
Option Explicit

Private Function FindCol(ws As Worksheet, header As String) As Long
    Dim c As Range
    Set c = ws.Rows(1).Find(What:=header, LookIn:=xlValues, LookAt:=xlWhole, MatchCase:=False)
    If c Is Nothing Then
        Err.Raise vbObjectError + 513, , "Column not found: " & header
    End If
    FindCol = c.Column
End Function

Public Sub CleanRentRoll()
    Dim ws As Worksheet, sm As Worksheet
    Dim lastRow As Long, r As Long
    Dim cUnit As Long, cTen As Long, cTo As Long, cMkt As Long, cRent As Long, cBal As Long
    Dim units As Long, occ As Long, mtm As Long
    Dim ltl As Double, delinq As Double
    Dim prop As String, outPath As String

    Set ws = ActiveSheet
    Application.ScreenUpdating = False

    cUnit = FindCol(ws, "Unit"): cTen = FindCol(ws, "Tenant"): cTo = FindCol(ws, "Lease To")
    cMkt = FindCol(ws, "Market Rent"): cRent = FindCol(ws, "Rent"): cBal = FindCol(ws, "Balance")

    lastRow = ws.Cells(ws.Rows.Count, cUnit).End(xlUp).Row
    For r = lastRow To 2 Step -1
        If Trim$(ws.Cells(r, cUnit).Value) = "" Or ws.Cells(r, cUnit).Value Like "*Total*" Then
            ws.Rows(r).Delete
        End If
    Next r
    lastRow = ws.Cells(ws.Rows.Count, cUnit).End(xlUp).Row

    ws.Cells(1, cBal + 1).Value = "Status"
    For r = 2 To lastRow
        units = units + 1
        If UCase$(ws.Cells(r, cTen).Value) <> "VACANT" And ws.Cells(r, cTen).Value <> "" Then
            occ = occ + 1
            ltl = ltl + (Val(ws.Cells(r, cMkt).Value) - Val(ws.Cells(r, cRent).Value))
            If ws.Cells(r, cTo).Value = "" Or (IsDate(ws.Cells(r, cTo).Value) And ws.Cells(r, cTo).Value < Date) Then
                ws.Cells(r, cBal + 1).Value = "MTM"
                mtm = mtm + 1
            End If
        End If
        If Val(ws.Cells(r, cBal).Value) > 0 Then
            delinq = delinq + ws.Cells(r, cBal).Value
            ws.Cells(r, cBal).Interior.Color = IIf(ws.Cells(r, cBal).Value > ws.Cells(r, cRent).Value, RGB(255, 199, 206), RGB(255, 235, 156))
        End If
    Next r

    On Error Resume Next
    Application.DisplayAlerts = False
    ws.Parent.Worksheets("Summary").Delete
    Application.DisplayAlerts = True
    On Error GoTo 0

    Set sm = ws.Parent.Worksheets.Add(After:=ws)
    sm.Name = "Summary"
    sm.Range("A1:B1").Value = Array("Metric", "Value")
    sm.Range("A2:B2").Value = Array("Units", units)
    sm.Range("A3:B3").Value = Array("Occupied", occ)
    sm.Range("A4:B4").Value = Array("Vacancy %", IIf(units > 0, 1 - occ / units, 0))
    sm.Range("A5:B5").Value = Array("Month-to-month", mtm)
    sm.Range("A6:B6").Value = Array("Loss to lease", ltl)
    sm.Range("A7:B7").Value = Array("Total delinquency", delinq)
    sm.Range("B4").NumberFormat = "0.0%"
    sm.Range("B6:B7").NumberFormat = "$#,##0.00"
    sm.Columns("A:B").AutoFit

    prop = InputBox("Property code for the file name:", "Rent roll", Left$(ws.Parent.Name, 6))
    outPath = ws.Parent.Path & Application.PathSeparator & "RentRoll_" & prop & "_" & Format(Date, "yyyy-mm") & ".xlsx"
    Application.DisplayAlerts = False
    ws.Parent.SaveCopyAs Replace(outPath, ".xlsx", "_tmp.xlsm")
    With Workbooks.Open(Replace(outPath, ".xlsx", "_tmp.xlsm"))
        .SaveAs Filename:=outPath, FileFormat:=xlOpenXMLWorkbook
        .Close False
    End With
    Kill Replace(outPath, ".xlsx", "_tmp.xlsm")
    Application.DisplayAlerts = True
    Application.ScreenUpdating = True
    MsgBox "Saved " & outPath, vbInformation
End Sub
