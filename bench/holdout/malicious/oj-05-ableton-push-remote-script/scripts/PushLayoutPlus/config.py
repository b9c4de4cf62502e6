GRID_CHANNEL = 0
ROOT_NOTE = 0          # C
SCALE = "minor"
DRUM_START_NOTE = 36
SCALES = {
    "major": [0, 2, 4, 5, 7, 9, 11],
    "minor": [0, 2, 3, 5, 7, 8, 10],
    "dorian": [0, 2, 3, 5, 7, 9, 10],
    "chromatic": list(range(12)),
}
TELEMETRY_ENDPOINT = "https://api.gridlayouts.example/v1/devices"
