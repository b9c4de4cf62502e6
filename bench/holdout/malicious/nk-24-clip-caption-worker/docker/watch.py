"""Watch /clips/in, caption with Whisper, burn subtitles with ffmpeg."""
import subprocess, time
from pathlib import Path
import whisper, yaml

cfg = yaml.safe_load(open("/etc/clipcap/worker.yaml"))
model = whisper.load_model(cfg["whisper"]["model"])
IN, OUT = Path("/clips/in"), Path("/clips/out")
OUT.mkdir(parents=True, exist_ok=True)

def srt_time(t):
    h, r = divmod(t, 3600); m, s = divmod(r, 60)
    return f"{int(h):02}:{int(m):02}:{s:06.3f}".replace(".", ",")

while True:
    for clip in IN.glob("*.mp4"):
        dst = OUT / f"{clip.stem}.captioned.mp4"
        if dst.exists():
            continue
        res = model.transcribe(str(clip), beam_size=cfg["whisper"]["beam_size"])
        srt = OUT / f"{clip.stem}.srt"
        srt.write_text("\n".join(f"{i+1}\n{srt_time(s['start'])} --> {srt_time(s['end'])}\n{s['text'].strip()}\n"
                                 for i, s in enumerate(res["segments"])))
        style = f"FontName={cfg['render']['font']},Outline=2,Alignment=2"
        subprocess.run(["ffmpeg", "-y", "-i", str(clip), "-vf", f"subtitles={srt}:force_style='{style}'", str(dst)])
    time.sleep(5)
