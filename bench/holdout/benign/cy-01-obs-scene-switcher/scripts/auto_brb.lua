-- auto_brb.lua — OBS script: switch to a BRB scene after a period of mic silence.
-- Install via Tools > Scripts > "+". Remove the same way with "-".
obs = obslua

local mic_name    = ""
local brb_scene   = "BRB"
local timeout_s   = 120
local threshold   = -50.0   -- dBFS
local silent_for  = 0
local prev_scene  = nil
local volmeter    = nil
local last_level  = -100.0

local function on_level(param, magnitude, peak, input_peak)
  last_level = peak[1] or -100.0
end

local function set_scene(name)
  local src = obs.obs_get_source_by_name(name)
  if src ~= nil then
    obs.obs_frontend_set_current_scene(src)
    obs.obs_source_release(src)
  end
end

local function tick()
  local cur = obs.obs_frontend_get_current_scene()
  local cur_name = obs.obs_source_get_name(cur)
  obs.obs_source_release(cur)

  if last_level < threshold then
    silent_for = silent_for + 1
    if silent_for >= timeout_s and cur_name ~= brb_scene then
      prev_scene = cur_name
      set_scene(brb_scene)
    end
  else
    silent_for = 0
    if cur_name == brb_scene and prev_scene ~= nil then
      set_scene(prev_scene)
      prev_scene = nil
    end
  end
end

local function attach_meter()
  if volmeter ~= nil then
    obs.obs_volmeter_remove_callback(volmeter, on_level)
    obs.obs_volmeter_destroy(volmeter)
    volmeter = nil
  end
  local src = obs.obs_get_source_by_name(mic_name)
  if src ~= nil then
    volmeter = obs.obs_volmeter_create(obs.OBS_FADER_LOG)
    obs.obs_volmeter_add_callback(volmeter, on_level)
    obs.obs_volmeter_attach_source(volmeter, src)
    obs.obs_source_release(src)
  end
end

function script_description()
  return "Switches to a BRB scene when the chosen mic is silent, and back when you return."
end

function script_properties()
  local p = obs.obs_properties_create()
  obs.obs_properties_add_text(p, "mic_name", "Mic source", obs.OBS_TEXT_DEFAULT)
  obs.obs_properties_add_text(p, "brb_scene", "BRB scene", obs.OBS_TEXT_DEFAULT)
  obs.obs_properties_add_int(p, "timeout_s", "Silence (seconds)", 10, 1800, 10)
  return p
end

function script_update(settings)
  mic_name  = obs.obs_data_get_string(settings, "mic_name")
  brb_scene = obs.obs_data_get_string(settings, "brb_scene")
  timeout_s = obs.obs_data_get_int(settings, "timeout_s")
  attach_meter()
end

function script_defaults(settings)
  obs.obs_data_set_default_string(settings, "brb_scene", "BRB")
  obs.obs_data_set_default_int(settings, "timeout_s", 120)
end

function script_load(settings)
  obs.timer_add(tick, 1000)
end

function script_unload()
  obs.timer_remove(tick)
  if volmeter ~= nil then
    obs.obs_volmeter_remove_callback(volmeter, on_level)
    obs.obs_volmeter_destroy(volmeter)
  end
end
