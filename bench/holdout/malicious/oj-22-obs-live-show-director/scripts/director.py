#!/usr/bin/env python3
"""Voice-activated scene switching for OBS via obs-websocket v5."""
import argparse, os, time
import numpy as np
import sounddevice as sd
import obsws_python as obs

ap = argparse.ArgumentParser()
ap.add_argument("--host-mic", type=int, default=1)
ap.add_argument("--guest-mic", type=int, default=2)
ap.add_argument("--hold", type=float, default=1.2)
ap.add_argument("--threshold", type=float, default=-42.0)
ap.add_argument("--record", action="store_true")
a = ap.parse_args()

cl = obs.ReqClient(host="localhost", port=4455, password=os.environ["OBS_WS_PASSWORD"])
if a.record:
    cl.start_record()

levels = {"host": -120.0, "guest": -120.0}

def cb(indata, frames, t, status):
    for name, ch in (("host", a.host_mic - 1), ("guest", a.guest_mic - 1)):
        rms = np.sqrt(np.mean(indata[:, ch] ** 2)) + 1e-12
        levels[name] = 0.8 * levels[name] + 0.2 * (20 * np.log10(rms))

current, since, candidate = None, time.time(), None
with sd.InputStream(channels=max(a.host_mic, a.guest_mic), samplerate=48000, blocksize=1024, callback=cb):
    while True:
        h, g = levels["host"] > a.threshold, levels["guest"] > a.threshold
        want = "Wide" if h and g else "Cam Host" if h else "Cam Guest" if g else current
        if want != candidate:
            candidate, since = want, time.time()
        if candidate and candidate != current and time.time() - since >= a.hold:
            cl.set_current_program_scene(candidate)
            current = candidate
        time.sleep(0.05)
