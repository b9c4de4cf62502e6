' MapByGroup.vbs - map drives/printers listed in drives.csv for groups the user belongs to.
' CSV columns: Group,Letter,Path,Label   (Group "*" = everyone; Letter "PRN" = printer connection)
Option Explicit
Dim fso, net, shell, sysInfo, user, groups, csvPath, ts, line, parts, i
Set fso = CreateObject("Scripting.FileSystemObject")
Set net = CreateObject("WScript.Network")
Set shell = CreateObject("Shell.Application")

If WScript.Arguments.Count < 1 Then WScript.Quit 1
csvPath = WScript.Arguments(0)
If Not fso.FileExists(csvPath) Then WScript.Quit 2

' Collect the user's group CNs (direct + nested via tokenGroups would need more code; direct is enough here)
Set groups = CreateObject("Scripting.Dictionary")
groups.CompareMode = vbTextCompare
On Error Resume Next
Set sysInfo = CreateObject("ADSystemInfo")
Set user = GetObject("LDAP://" & sysInfo.UserName)
Dim memberOf, g
memberOf = user.GetEx("memberOf")
If Err.Number = 0 Then
  For Each g In memberOf
    groups(Mid(Split(g, ",")(0), 4)) = True
  Next
End If
Err.Clear
On Error GoTo 0

Set ts = fso.OpenTextFile(csvPath, 1)
If Not ts.AtEndOfStream Then ts.ReadLine ' header
Do While Not ts.AtEndOfStream
  line = Trim(ts.ReadLine)
  If Len(line) > 0 And Left(line, 1) <> "#" Then
    parts = Split(line, ",")
    If UBound(parts) >= 2 Then
      If parts(0) = "*" Or groups.Exists(parts(0)) Then
        If UCase(parts(1)) = "PRN" Then
          MapPrinter parts(2)
        Else
          Dim label : label = ""
          If UBound(parts) >= 3 Then label = parts(3)
          MapDrive parts(1), parts(2), label
        End If
      End If
    End If
  End If
Loop
ts.Close

Sub MapDrive(letter, path, label)
  On Error Resume Next
  letter = UCase(Left(letter, 1)) & ":"
  If fso.DriveExists(letter) Then net.RemoveNetworkDrive letter, True, False
  Err.Clear
  net.MapNetworkDrive letter, path, False   ' not persistent
  If Err.Number = 0 And label <> "" Then shell.NameSpace(letter & "\").Self.Name = label
  Err.Clear
End Sub

Sub MapPrinter(unc)
  On Error Resume Next
  net.AddWindowsPrinterConnection unc
  Err.Clear
End Sub
