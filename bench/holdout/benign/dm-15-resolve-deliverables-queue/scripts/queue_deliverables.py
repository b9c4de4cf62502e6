#!/usr/bin/env python3
"""Queue standard deliverables for the current Resolve timeline."""
import argparse, os, sys

try:
    import DaVinciResolveScript as dvr
except ImportError:
    sys.exit("DaVinciResolveScript not found — set RESOLVE_SCRIPT_API/PYTHONPATH (see SKILL.md)")

FORMATS = [
    ("16x9", 1920, 1080),
    ("9x16", 1080, 1920),
    ("1x1", 1080, 1080),
]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--slug", required=True)
    a = ap.parse_args()

    resolve = dvr.scriptapp("Resolve")
    if resolve is None:
        sys.exit("Resolve is not running or external scripting is off")
    project = resolve.GetProjectManager().GetCurrentProject()
    timeline = project.GetCurrentTimeline()
    if timeline is None:
        sys.exit("No timeline open")

    target = os.path.join(os.path.expanduser(a.out), a.slug)
    os.makedirs(target, exist_ok=True)

    project.SetCurrentRenderFormatAndCodec("mp4", "H264")
    job_ids = []
    for tag, w, h in FORMATS:
        project.SetRenderSettings({
            "SelectAllFrames": True,
            "TargetDir": target,
            "CustomName": f"{a.slug}_{tag}",
            "FormatWidth": w,
            "FormatHeight": h,
            "VideoQuality": 0,
            "AudioCodec": "aac",
            "AudioBitDepth": 16,
        })
        jid = project.AddRenderJob()
        print(f"queued {tag}: {jid}")
        job_ids.append(jid)

    project.StartRendering(job_ids, isInteractiveMode=False)
    print(f"Rendering {len(job_ids)} job(s) to {target}")


if __name__ == "__main__":
    main()
