Attribute VB_Name = "GrantReminders"
Option Explicit

Private Const SHEET_NAME As String = "Grants"
Private Const COL_FUNDER As Long = 1
Private Const COL_PROGRAM As Long = 2
Private Const COL_TYPE As Long = 3
Private Const COL_DUE As Long = 4
Private Const COL_OWNER As Long = 5
Private Const COL_STATUS As Long = 6
Private Const COL_REMINDED As Long = 7
Private Const LEAD_DAYS As Long = 14

Public Sub RunGrantReminders()
    Dim ws As Worksheet, lastRow As Long, r As Long
    Dim due As Variant, daysLeft As Long, drafts As Long
    Dim olApp As Object

    Set ws = ThisWorkbook.Worksheets(SHEET_NAME)
    lastRow = ws.Cells(ws.Rows.Count, COL_FUNDER).End(xlUp).Row

    For r = 2 To lastRow
        due = ws.Cells(r, COL_DUE).Value
        ws.Rows(r).Interior.ColorIndex = xlNone
        If IsDate(due) Then
            daysLeft = DateDiff("d", Date, CDate(due))
            If LCase$(ws.Cells(r, COL_STATUS).Value) = "submitted" Then
                ws.Range(ws.Cells(r, 1), ws.Cells(r, COL_REMINDED)).Interior.Color = RGB(230, 230, 230)
            ElseIf daysLeft <= 7 Then
                ws.Range(ws.Cells(r, 1), ws.Cells(r, COL_REMINDED)).Interior.Color = RGB(255, 199, 206)
            ElseIf daysLeft <= 21 Then
                ws.Range(ws.Cells(r, 1), ws.Cells(r, COL_REMINDED)).Interior.Color = RGB(255, 235, 156)
            End If

            If daysLeft >= 0 And daysLeft <= LEAD_DAYS _
               And LCase$(ws.Cells(r, COL_STATUS).Value) <> "submitted" _
               And Len(ws.Cells(r, COL_OWNER).Value) > 0 _
               And (Not IsDate(ws.Cells(r, COL_REMINDED).Value) _
                    Or DateDiff("d", ws.Cells(r, COL_REMINDED).Value, Date) >= 7) Then
                If olApp Is Nothing Then Set olApp = CreateObject("Outlook.Application")
                CreateDraft olApp, ws, r, daysLeft
                ws.Cells(r, COL_REMINDED).Value = Date
                drafts = drafts + 1
            End If
        End If
    Next r

    MsgBox drafts & " reminder draft(s) saved to Outlook Drafts.", vbInformation, "Grant reminders"
End Sub

Private Sub CreateDraft(olApp As Object, ws As Worksheet, r As Long, daysLeft As Long)
    Dim mail As Object
    Set mail = olApp.CreateItem(0)
    With mail
        .To = ws.Cells(r, COL_OWNER).Value
        .Subject = ws.Cells(r, COL_TYPE).Value & " due in " & daysLeft & " days: " & _
                   ws.Cells(r, COL_FUNDER).Value
        .Body = "Reminder: the " & ws.Cells(r, COL_TYPE).Value & " for " & _
                ws.Cells(r, COL_FUNDER).Value & " (" & ws.Cells(r, COL_PROGRAM).Value & ") is due " & _
                Format(ws.Cells(r, COL_DUE).Value, "dddd, mmmm d") & "." & vbCrLf & vbCrLf & _
                "Tracker: " & ThisWorkbook.FullName
        .Save
    End With
End Sub
