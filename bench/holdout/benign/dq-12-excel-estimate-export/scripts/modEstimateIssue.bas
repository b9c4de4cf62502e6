Attribute VB_Name = "modEstimateIssue"
Option Explicit

Public Sub IssueEstimate()
    Dim ws As Worksheet, sm As Worksheet
    Dim r As Long, subtotal As Double
    Set sm = ThisWorkbook.Worksheets("Summary")

    sm.Range("B10:C60").ClearContents
    r = 10
    For Each ws In ThisWorkbook.Worksheets
        If Left$(ws.Name, 3) = "TP-" Then
            sm.Cells(r, 2).Value = ws.Name
            sm.Cells(r, 3).Value = ws.Range("TP_Total").Value
            subtotal = subtotal + ws.Range("TP_Total").Value
            r = r + 1
        End If
    Next ws

    Dim prelims As Double, ohp As Double, cont As Double
    prelims = subtotal * sm.Range("Prelims_Pct").Value
    ohp = (subtotal + prelims) * sm.Range("OHP_Pct").Value
    cont = (subtotal + prelims + ohp) * sm.Range("Contingency_Pct").Value
    sm.Range("Subtotal").Value = subtotal
    sm.Range("Prelims").Value = prelims
    sm.Range("OHP").Value = ohp
    sm.Range("Contingency").Value = cont
    sm.Range("GrandTotal").Value = subtotal + prelims + ohp + cont

    Dim outDir As String, pdfPath As String
    outDir = ThisWorkbook.Path & "\Issued"
    If Dir(outDir, vbDirectory) = "" Then MkDir outDir
    pdfPath = outDir & "\" & sm.Range("ProjectName").Value & "_Est_" & sm.Range("EstimateRev").Value & ".pdf"
    sm.ExportAsFixedFormat Type:=xlTypePDF, Filename:=pdfPath, Quality:=xlQualityStandard, _
        IncludeDocProperties:=True, IgnorePrintAreas:=False, OpenAfterPublish:=False

    Dim ol As Object, mail As Object
    Set ol = CreateObject("Outlook.Application")
    Set mail = ol.CreateItem(0)
    With mail
        .To = sm.Range("QS_Email").Value
        .Subject = sm.Range("ProjectName").Value & " - Cost estimate rev " & sm.Range("EstimateRev").Value
        .Body = "Hi," & vbCrLf & vbCrLf & "Please find the updated estimate attached. Grand total: " & _
                Format(sm.Range("GrandTotal").Value, "#,##0") & vbCrLf & vbCrLf & Application.UserName
        .Attachments.Add pdfPath
        .Display
    End With
End Sub
