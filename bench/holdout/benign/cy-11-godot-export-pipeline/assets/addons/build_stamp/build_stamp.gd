@tool
extends EditorPlugin

var _exporter: BuildStampExporter


func _enter_tree() -> void:
	_exporter = BuildStampExporter.new()
	add_export_plugin(_exporter)


func _exit_tree() -> void:
	remove_export_plugin(_exporter)
	_exporter = null


class BuildStampExporter extends EditorExportPlugin:
	func _get_name() -> String:
		return "BuildStamp"

	func _export_begin(features: PackedStringArray, is_debug: bool, path: String, flags: int) -> void:
		var out: Array = []
		var commit := "unknown"
		if OS.execute("git", ["-C", ProjectSettings.globalize_path("res://"), "describe", "--always", "--dirty", "--tags"], out) == 0 and out.size() > 0:
			commit = String(out[0]).strip_edges()
		var info := {
			"version": ProjectSettings.get_setting("application/config/version", "0.0.0"),
			"commit": commit,
			"date": Time.get_datetime_string_from_system(true),
			"debug": is_debug,
			"platform": ",".join(features),
		}
		var bytes := JSON.stringify(info, "  ").to_utf8_buffer()
		add_file("res://build_info.json", bytes, false)
		print("[BuildStamp] ", info)
