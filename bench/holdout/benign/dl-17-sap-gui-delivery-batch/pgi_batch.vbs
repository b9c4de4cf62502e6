' Post goods issue (VL02N) for deliveries listed in a text file, using the current SAP GUI session.
Option Explicit
Dim args, checkOnly, fso, inFile, outFile, SapGuiAuto, app, conn, session, line, msg
Set args = WScript.Arguments
If args.Count < 1 Then WScript.Echo "usage: pgi_batch.vbs deliveries.txt [/check]": WScript.Quit 1
checkOnly = (args.Count > 1) And (LCase(args(1)) = "/check")

Set fso = CreateObject("Scripting.FileSystemObject")
Set inFile = fso.OpenTextFile(args(0), 1)
Set outFile = fso.CreateTextFile("pgi_result_" & Year(Now) & Right("0" & Month(Now), 2) & Right("0" & Day(Now), 2) & ".csv", True)
outFile.WriteLine "delivery;result;message"

Set SapGuiAuto = GetObject("SAPGUI")
Set app = SapGuiAuto.GetScriptingEngine
Set conn = app.Children(0)
Set session = conn.Children(0)

Do Until inFile.AtEndOfStream
  line = Trim(inFile.ReadLine)
  If Len(line) > 0 Then
    session.findById("wnd[0]/tbar[0]/okcd").Text = "/nVL02N"
    session.findById("wnd[0]").sendVKey 0
    session.findById("wnd[0]/usr/ctxtLIKP-VBELN").Text = line
    session.findById("wnd[0]").sendVKey 0
    msg = session.findById("wnd[0]/sbar").Text
    If checkOnly Then
      outFile.WriteLine line & ";checked;" & msg
    Else
      session.findById("wnd[0]/tbar[1]/btn[20]").press   ' Post Goods Issue
      msg = session.findById("wnd[0]/sbar").Text
      If session.findById("wnd[0]/sbar").MessageType = "S" Then
        outFile.WriteLine line & ";posted;" & msg
      Else
        outFile.WriteLine line & ";error;" & msg
      End If
    End If
  End If
Loop
session.findById("wnd[0]/tbar[0]/okcd").Text = "/n"
session.findById("wnd[0]").sendVKey 0
inFile.Close: outFile.Close
WScript.Echo "Done."
