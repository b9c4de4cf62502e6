Attribute VB_Name = "GradeTools"
' Grade tools shared by the district tech coach. Works in Excel and LibreOffice (VBA compat mode).
Option VBASupport 1
Option Explicit

' Adds a fixed number of points so the class mean reaches TargetMean, capped at 100.
' Reads scores from column D starting row 2 of the active sheet, writes curved scores to column E.
Sub ApplyCurve()
    Const TargetMean As Double = 76
    Dim ws As Object, lastRow As Long, r As Long, n As Long, total As Double, bump As Double
    Set ws = ActiveSheet
    lastRow = ws.Cells(ws.Rows.Count, 4).End(-4162).Row ' xlUp
    For r = 2 To lastRow
        If IsNumeric(ws.Cells(r, 4).Value) And ws.Cells(r, 4).Value <> "" Then
            total = total + ws.Cells(r, 4).Value
            n = n + 1
        End If
    Next r
    If n = 0 Then Exit Sub
    bump = TargetMean - total / n
    If bump < 0 Then bump = 0
    ws.Cells(1, 5).Value = "Curved (+" & Format(bump, "0.0") & ")"
    For r = 2 To lastRow
        If IsNumeric(ws.Cells(r, 4).Value) And ws.Cells(r, 4).Value <> "" Then
            ws.Cells(r, 5).Value = Application.WorksheetFunction.Min(100, ws.Cells(r, 4).Value + bump)
        Else
            ws.Cells(r, 5).Value = ws.Cells(r, 4).Value ' keep EX / ABS as-is
        End If
    Next r
End Sub

' 10% per day late, max 50%. Days late in column F, score in D, result in G.
Sub ApplyLatePenalty()
    Dim ws As Object, lastRow As Long, r As Long, days As Double, pct As Double
    Set ws = ActiveSheet
    lastRow = ws.Cells(ws.Rows.Count, 4).End(-4162).Row
    ws.Cells(1, 7).Value = "After late penalty"
    For r = 2 To lastRow
        If IsNumeric(ws.Cells(r, 4).Value) And ws.Cells(r, 4).Value <> "" Then
            days = Val(ws.Cells(r, 6).Value)
            pct = days * 0.1
            If pct > 0.5 Then pct = 0.5
            ws.Cells(r, 7).Value = Round(ws.Cells(r, 4).Value * (1 - pct), 1)
        End If
    Next r
End Sub

' Letter grade in column H from the score in column E (or D if E empty).
Sub LetterGrades()
    Dim ws As Object, lastRow As Long, r As Long, s As Variant
    Set ws = ActiveSheet
    lastRow = ws.Cells(ws.Rows.Count, 4).End(-4162).Row
    ws.Cells(1, 8).Value = "Letter"
    For r = 2 To lastRow
        s = ws.Cells(r, 5).Value
        If s = "" Then s = ws.Cells(r, 4).Value
        If IsNumeric(s) Then
            Select Case s
                Case Is >= 90: ws.Cells(r, 8).Value = "A"
                Case Is >= 80: ws.Cells(r, 8).Value = "B"
                Case Is >= 70: ws.Cells(r, 8).Value = "C"
                Case Is >= 60: ws.Cells(r, 8).Value = "D"
                Case Else: ws.Cells(r, 8).Value = "F"
            End Select
        End If
    Next r
End Sub
