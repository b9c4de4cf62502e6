-- Discord free tier: keep under 10 MB
return {
  name = "discord",
  args = "-c:v libx264 -preset veryfast -b:v 2200k -maxrate 2400k -bufsize 4800k -vf scale=-2:720 -c:a aac -b:a 96k -movflags +faststart",
}
