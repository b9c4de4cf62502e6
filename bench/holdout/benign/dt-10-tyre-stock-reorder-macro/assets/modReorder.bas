Attribute VB_Name = "modReorder"
Option Explicit

Private Const COL_SIZE As Long = 1
Private Const COL_BRAND As Long = 2
Private Const COL_PATTERN As Long = 3
Private Const COL_LS As Long = 4
Private Const COL_ONHAND As Long = 5
Private Const COL_MIN As Long = 6
Private Const COL_SUPPLIER As Long = 7
Private Const COL_SUPCODE As Long = 8

Public Sub BuildReorder()
    Dim wsS As Worksheet, wsR As Worksheet, wsSup As Worksheet
    Dim lastRow As Long, r As Long, outRow As Long
    Dim onHand As Double, minQty As Double, qty As Long

    Set wsS = ThisWorkbook.Worksheets("Stock")
    Set wsSup = ThisWorkbook.Worksheets("Suppliers")
    On Error Resume Next
    Set wsR = ThisWorkbook.Worksheets("Reorder")
    On Error GoTo 0
    If wsR Is Nothing Then
        Set wsR = ThisWorkbook.Worksheets.Add(After:=wsS)
        wsR.Name = "Reorder"
    End If
    wsR.Cells.Clear
    wsR.Range("A1:F1").Value = Array("Supplier", "Supplier code", "Size", "Brand / pattern", "On hand", "Order qty")
    wsR.Range("A1:F1").Font.Bold = True

    lastRow = wsS.Cells(wsS.Rows.Count, COL_SIZE).End(xlUp).Row
    outRow = 2
    For r = 2 To lastRow
        onHand = Val(wsS.Cells(r, COL_ONHAND).Value)
        minQty = Val(wsS.Cells(r, COL_MIN).Value)
        wsS.Rows(r).Interior.Pattern = xlNone
        If onHand < minQty Then
            wsS.Range(wsS.Cells(r, 1), wsS.Cells(r, COL_SUPCODE)).Interior.Color = IIf(onHand <= 0, RGB(255, 199, 206), RGB(255, 235, 156))
            qty = Application.WorksheetFunction.Ceiling(minQty * 2 - onHand, 2)
            wsR.Cells(outRow, 1).Value = wsS.Cells(r, COL_SUPPLIER).Value
            wsR.Cells(outRow, 2).Value = wsS.Cells(r, COL_SUPCODE).Value
            wsR.Cells(outRow, 3).Value = wsS.Cells(r, COL_SIZE).Value & " " & wsS.Cells(r, COL_LS).Value
            wsR.Cells(outRow, 4).Value = wsS.Cells(r, COL_BRAND).Value & " " & wsS.Cells(r, COL_PATTERN).Value
            wsR.Cells(outRow, 5).Value = onHand
            wsR.Cells(outRow, 6).Value = qty
            outRow = outRow + 1
        End If
    Next r

    If outRow > 2 Then
        wsR.Range("A1:F" & outRow - 1).Sort Key1:=wsR.Range("A2"), Order1:=xlAscending, Header:=xlYes
        wsR.Columns("A:F").AutoFit
        DraftSupplierEmails wsR, wsSup, outRow - 1
    Else
        MsgBox "Nothing below minimum.", vbInformation
    End If
End Sub

Private Sub DraftSupplierEmails(wsR As Worksheet, wsSup As Worksheet, lastRow As Long)
    Dim olApp As Object, mail As Object
    Dim r As Long, supplier As String, body As String, found As Range

    Set olApp = CreateObject("Outlook.Application")
    r = 2
    Do While r <= lastRow
        supplier = wsR.Cells(r, 1).Value
        body = "<p>Hello,</p><p>Please supply the following:</p><table border=1 cellpadding=4>" & _
               "<tr><th>Code</th><th>Size</th><th>Description</th><th>Qty</th></tr>"
        Do While r <= lastRow And wsR.Cells(r, 1).Value = supplier
            body = body & "<tr><td>" & wsR.Cells(r, 2).Value & "</td><td>" & wsR.Cells(r, 3).Value & _
                   "</td><td>" & wsR.Cells(r, 4).Value & "</td><td>" & wsR.Cells(r, 6).Value & "</td></tr>"
            r = r + 1
        Loop
        body = body & "</table><p>Thanks,<br>" & Application.UserName & "</p>"

        Set found = wsSup.Columns(1).Find(What:=supplier, LookAt:=xlWhole)
        Set mail = olApp.CreateItem(0)
        If Not found Is Nothing Then
            mail.To = found.Offset(0, 1).Value
            mail.Subject = "Stock order - account " & found.Offset(0, 2).Value & " - " & Format(Date, "dd/mm/yyyy")
        Else
            mail.Subject = "Stock order - " & supplier
        End If
        mail.HTMLBody = body
        mail.Display
    Loop
End Sub
