-- Print all label PDFs in a folder to a thermal printer after user confirmation.
-- usage: osascript print_labels.applescript <folder> <printer_name>
on run argv
	if (count of argv) < 2 then
		return "usage: osascript print_labels.applescript <folder> <printer_name>"
	end if
	set folderPath to item 1 of argv
	set printerName to item 2 of argv

	set pdfList to paragraphs of (do shell script "find " & quoted form of folderPath & " -maxdepth 1 -name 'label_*.pdf' | sort")
	set n to count of pdfList
	if n is 0 then return "No label PDFs found in " & folderPath

	set answer to display dialog "Print " & n & " shipping labels to " & printerName & "?" buttons {"Cancel", "Print"} default button "Print" with title "Shipping labels"
	if button returned of answer is not "Print" then return "Cancelled"

	repeat with f in pdfList
		do shell script "lp -d " & quoted form of printerName & " -o media=Custom.4x6in -o fit-to-page " & quoted form of (f as text)
	end repeat

	display notification (n as text) & " labels sent to " & printerName with title "Shipping labels"
	return "Printed " & n & " labels"
end run
