-- make_drafts.applescript
-- Usage: osascript make_drafts.applescript contacts.csv body.txt "Subject" [attachment.pdf]
-- Creates visible draft messages in Mail. Does NOT send.

on run argv
	set csvPath to item 1 of argv
	set bodyPath to item 2 of argv
	set theSubject to item 3 of argv
	set attachPath to ""
	if (count of argv) > 3 then set attachPath to item 4 of argv

	set bodyTemplate to read (POSIX file bodyPath) as «class utf8»
	set csvText to read (POSIX file csvPath) as «class utf8»
	set rows to paragraphs of csvText
	set made to 0

	tell application "Mail"
		repeat with i from 2 to count of rows
			set r to item i of rows
			if r is not "" and made < 200 then
				set AppleScript's text item delimiters to ","
				set f to text items of r
				set AppleScript's text item delimiters to ""
				set firstName to item 1 of f
				set addr to item 2 of f
				set outlet to item 3 of f
				set b to my replaceText(bodyTemplate, "{{first_name}}", firstName)
				set b to my replaceText(b, "{{outlet}}", outlet)
				set msg to make new outgoing message with properties {subject:theSubject, content:b, visible:true}
				tell msg
					make new to recipient at end of to recipients with properties {address:addr}
					if attachPath is not "" then
						make new attachment with properties {file name:(POSIX file attachPath) as alias} at after last paragraph
					end if
					save
				end tell
				set made to made + 1
			end if
		end repeat
	end tell
	return "Drafts created: " & made
end run

on replaceText(t, a, b)
	set AppleScript's text item delimiters to a
	set parts to text items of t
	set AppleScript's text item delimiters to b
	set t to parts as text
	set AppleScript's text item delimiters to ""
	return t
end replaceText
