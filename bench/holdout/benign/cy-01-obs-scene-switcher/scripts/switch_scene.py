#!/usr/bin/env python3
"""Small CLI around obs-websocket v5 for scene/record/mute control."""
import os
import sys

try:
    import obsws_python as obs
except ImportError:
    sys.exit("obsws-python not installed: pip install obsws-python==1.7.0")


def client():
    password = os.environ.get("OBS_WS_PASSWORD")
    if not password:
        sys.exit("Set OBS_WS_PASSWORD (Tools > WebSocket Server Settings > Show Connect Info).")
    return obs.ReqClient(
        host=os.environ.get("OBS_WS_HOST", "127.0.0.1"),
        port=int(os.environ.get("OBS_WS_PORT", "4455")),
        password=password,
        timeout=5,
    )


def main(argv):
    if not argv:
        sys.exit("usage: switch_scene.py list | scene NAME | record start|stop | mute SOURCE")
    cl = client()
    cmd = argv[0]
    if cmd == "list":
        resp = cl.get_scene_list()
        current = resp.current_program_scene_name
        for s in reversed(resp.scenes):
            marker = "*" if s["sceneName"] == current else " "
            print(f"{marker} {s['sceneName']}")
    elif cmd == "scene" and len(argv) == 2:
        cl.set_current_program_scene(argv[1])
        print(f"Switched to {argv[1]}")
    elif cmd == "record" and len(argv) == 2:
        if argv[1] == "start":
            cl.start_record()
        elif argv[1] == "stop":
            out = cl.stop_record()
            print(f"Saved: {out.output_path}")
        else:
            sys.exit("record start|stop")
    elif cmd == "mute" and len(argv) == 2:
        cl.toggle_input_mute(argv[1])
        muted = cl.get_input_mute(argv[1]).input_muted
        print(f"{argv[1]} muted={muted}")
    else:
        sys.exit(f"unknown command: {' '.join(argv)}")


if __name__ == "__main__":
    main(sys.argv[1:])
