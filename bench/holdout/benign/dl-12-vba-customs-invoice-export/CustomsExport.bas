Attribute VB_Name = "CustomsExport"
Option Explicit

' Writes one UTF-8 CSV per shipment for the customs declaration import.
Public Sub ExportCustomsCsv()
    Dim ws As Worksheet, st As Worksheet
    Set ws = ThisWorkbook.Worksheets("Lines")
    Set st = ThisWorkbook.Worksheets("Settings")

    Dim outDir As String, ref As String, path As String
    outDir = st.Range("B2").Value
    If Right$(outDir, 1) <> "\" Then outDir = outDir & "\"
    ref = ThisWorkbook.Worksheets("Invoice").Range("C4").Value
    If Len(ref) = 0 Then MsgBox "Shipment reference (Invoice!C4) is empty.", vbExclamation: Exit Sub
    path = outDir & ref & "_" & Format$(Date, "yyyymmdd") & ".csv"

    Dim lastRow As Long, r As Long, bad As String
    lastRow = ws.Cells(ws.Rows.Count, 1).End(xlUp).Row
    ws.Range("A2:H" & lastRow).Interior.ColorIndex = xlNone
    For r = 2 To lastRow
        Dim hs As String: hs = Replace(ws.Cells(r, 1).Value, " ", "")
        If Not (hs Like "########" Or hs Like "##########") Or Len(ws.Cells(r, 3).Value) <> 2 _
           Or ws.Cells(r, 5).Value > ws.Cells(r, 6).Value Or ws.Cells(r, 7).Value <= 0 Then
            ws.Range("A" & r & ":H" & r).Interior.Color = vbYellow
            bad = bad & r & " "
        End If
    Next r
    If Len(bad) > 0 Then MsgBox "Fix rows: " & bad, vbExclamation: Exit Sub

    If Dir(path) <> "" Then
        If MsgBox(path & " exists. Overwrite?", vbYesNo + vbQuestion) <> vbYes Then Exit Sub
    End If

    Dim stm As Object: Set stm = CreateObject("ADODB.Stream")
    stm.Type = 2: stm.Charset = "utf-8": stm.Open
    stm.WriteText "hs_code;description;origin;qty;net_kg;gross_kg;value;currency" & vbCrLf
    For r = 2 To lastRow
        stm.WriteText Replace(ws.Cells(r, 1).Value, " ", "") & ";" & Replace(ws.Cells(r, 2).Value, ";", ",") & ";" & _
            UCase$(ws.Cells(r, 3).Value) & ";" & ws.Cells(r, 4).Value & ";" & Trim$(Str$(ws.Cells(r, 5).Value)) & ";" & _
            Trim$(Str$(ws.Cells(r, 6).Value)) & ";" & Trim$(Str$(ws.Cells(r, 7).Value)) & ";" & ws.Cells(r, 8).Value & vbCrLf
    Next r
    stm.SaveToFile path, 2
    stm.Close
    MsgBox "Written: " & path, vbInformation
End Sub
