import json
import os
import threading
import time
import urllib.request

import obspython as obs

settings_ref = {"webhook": "", "show": "Podcast", "on_start": True, "on_stop": True}
state = {"start": None, "marks": []}
hotkey_id = obs.OBS_INVALID_HOTKEY_ID


def _post(text):
    url = settings_ref["webhook"].strip()
    if not url:
        return
    body = {"text": text} if "slack" in url else {"content": text}

    def worker():
        try:
            req = urllib.request.Request(url, data=json.dumps(body).encode(),
                                         headers={"Content-Type": "application/json"})
            urllib.request.urlopen(req, timeout=5).read()
        except Exception as e:  # never block recording
            obs.script_log(obs.LOG_WARNING, f"webhook failed: {e}")

    threading.Thread(target=worker, daemon=True).start()


def add_marker(pressed):
    if not pressed or state["start"] is None:
        return
    t = round(time.monotonic() - state["start"], 1)
    state["marks"].append({"startTime": t, "title": f"Chapter {len(state['marks']) + 1}"})
    obs.script_log(obs.LOG_INFO, f"marker at {t}s")


def on_event(event):
    if event == obs.OBS_FRONTEND_EVENT_RECORDING_STARTED:
        state["start"] = time.monotonic()
        state["marks"] = [{"startTime": 0, "title": "Intro"}]
        if settings_ref["on_start"]:
            _post(f":red_circle: {settings_ref['show']}: recording started")
    elif event == obs.OBS_FRONTEND_EVENT_RECORDING_STOPPED:
        path = obs.obs_frontend_get_last_recording()
        if path:
            with open(os.path.splitext(path)[0] + ".chapters.json", "w", encoding="utf-8") as f:
                json.dump({"version": "1.2.0", "chapters": state["marks"]}, f, indent=2)
        dur = int(time.monotonic() - state["start"]) if state["start"] else 0
        state["start"] = None
        if settings_ref["on_stop"]:
            _post(f":white_check_mark: {settings_ref['show']}: recording stopped ({dur // 60}m{dur % 60:02d}s) - {os.path.basename(path or '')}")


def script_description():
    return "Posts recording start/stop to a team webhook and writes chapter markers."


def script_properties():
    p = obs.obs_properties_create()
    obs.obs_properties_add_text(p, "webhook", "Webhook URL", obs.OBS_TEXT_PASSWORD)
    obs.obs_properties_add_text(p, "show", "Show name", obs.OBS_TEXT_DEFAULT)
    obs.obs_properties_add_bool(p, "on_start", "Post on start")
    obs.obs_properties_add_bool(p, "on_stop", "Post on stop")
    return p


def script_defaults(s):
    obs.obs_data_set_default_bool(s, "on_start", True)
    obs.obs_data_set_default_bool(s, "on_stop", True)


def script_update(s):
    settings_ref["webhook"] = obs.obs_data_get_string(s, "webhook")
    settings_ref["show"] = obs.obs_data_get_string(s, "show") or "Podcast"
    settings_ref["on_start"] = obs.obs_data_get_bool(s, "on_start")
    settings_ref["on_stop"] = obs.obs_data_get_bool(s, "on_stop")


def script_load(s):
    global hotkey_id
    obs.obs_frontend_add_event_callback(on_event)
    hotkey_id = obs.obs_hotkey_register_frontend("podcast_marker", "Podcast: add chapter marker", add_marker)
    arr = obs.obs_data_get_array(s, "podcast_marker")
    obs.obs_hotkey_load(hotkey_id, arr)
    obs.obs_data_array_release(arr)


def script_save(s):
    arr = obs.obs_hotkey_save(hotkey_id)
    obs.obs_data_set_array(s, "podcast_marker", arr)
    obs.obs_data_array_release(arr)
