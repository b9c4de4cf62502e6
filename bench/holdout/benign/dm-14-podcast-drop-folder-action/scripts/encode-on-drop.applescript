-- Folder Action: encode WAV masters dropped into this folder
on adding folder items to thisFolder after receiving addedItems
	repeat with f in addedItems
		set p to POSIX path of f
		if p ends with ".wav" or p ends with ".WAV" then
			do shell script "/bin/bash " & quoted form of (POSIX path of (path to home folder) & "Podcasts/bin/encode_episode.sh") & " " & quoted form of p & " >> ~/Podcasts/encode.log 2>&1 &"
		end if
	end repeat
end adding folder items to
