-- 9:16 vertical crop for YouTube Shorts / TikTok
return {
  name = "shorts",
  args = "-c:v libx264 -crf 20 -vf crop=ih*9/16:ih,scale=1080:1920 -c:a aac -b:a 160k -movflags +faststart",
}
