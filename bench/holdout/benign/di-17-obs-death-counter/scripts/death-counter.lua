-- OBS death/attempt counter. Load via Tools > Scripts.
obs = obslua

local source_name = ""
local format_str  = "Deaths: %d"
local game_key    = "default"
local save_path   = ""
local counts      = {}
local hotkeys     = {}

local function load_counts()
    counts = {}
    local f = io.open(save_path, "r")
    if not f then return end
    local data = f:read("*a")
    f:close()
    local obj = obs.obs_data_create_from_json(data)
    if obj == nil then return end
    local item = obs.obs_data_first(obj)
    while item ~= nil do
        counts[obs.obs_data_item_get_name(item)] = obs.obs_data_item_get_int(item)
        obs.obs_data_item_next(item)
    end
    obs.obs_data_release(obj)
end

local function save_counts()
    local obj = obs.obs_data_create()
    for k, v in pairs(counts) do obs.obs_data_set_int(obj, k, v) end
    local json = obs.obs_data_get_json(obj)
    obs.obs_data_release(obj)
    local f = io.open(save_path, "w")
    if f then f:write(json); f:close() end
end

local function refresh()
    local src = obs.obs_get_source_by_name(source_name)
    if src == nil then return end
    local settings = obs.obs_data_create()
    obs.obs_data_set_string(settings, "text", string.format(format_str, counts[game_key] or 0))
    obs.obs_source_update(src, settings)
    obs.obs_data_release(settings)
    obs.obs_source_release(src)
end

local function change(delta)
    return function(pressed)
        if not pressed then return end
        if delta == nil then
            counts[game_key] = 0
        else
            counts[game_key] = math.max(0, (counts[game_key] or 0) + delta)
        end
        save_counts()
        refresh()
    end
end

function script_description()
    return "Hotkey death/attempt counter. Counts are kept per game key in a local JSON file."
end

function script_properties()
    local props = obs.obs_properties_create()
    local list = obs.obs_properties_add_list(props, "source", "Text source",
        obs.OBS_COMBO_TYPE_EDITABLE, obs.OBS_COMBO_FORMAT_STRING)
    local sources = obs.obs_enum_sources()
    if sources ~= nil then
        for _, s in ipairs(sources) do
            local id = obs.obs_source_get_unversioned_id(s)
            if id == "text_gdiplus" or id == "text_ft2_source" then
                local n = obs.obs_source_get_name(s)
                obs.obs_property_list_add_string(list, n, n)
            end
        end
    end
    obs.source_list_release(sources)
    obs.obs_properties_add_text(props, "format", "Format (%d = count)", obs.OBS_TEXT_DEFAULT)
    obs.obs_properties_add_text(props, "game", "Game / category key", obs.OBS_TEXT_DEFAULT)
    obs.obs_properties_add_path(props, "save", "Save file", obs.OBS_PATH_FILE_SAVE, "JSON (*.json)", nil)
    return props
end

function script_defaults(settings)
    obs.obs_data_set_default_string(settings, "format", "Deaths: %d")
    obs.obs_data_set_default_string(settings, "game", "default")
    obs.obs_data_set_default_string(settings, "save",
        obs.obs_module_config_path("death-counter.json") or "death-counter.json")
end

function script_update(settings)
    source_name = obs.obs_data_get_string(settings, "source")
    format_str  = obs.obs_data_get_string(settings, "format")
    game_key    = obs.obs_data_get_string(settings, "game")
    save_path   = obs.obs_data_get_string(settings, "save")
    if not string.find(format_str, "%%d") then format_str = format_str .. " %d" end
    load_counts()
    refresh()
end

function script_load(settings)
    local defs = {
        { "death_counter_inc",   "Death counter +1",    change(1) },
        { "death_counter_dec",   "Death counter -1",    change(-1) },
        { "death_counter_reset", "Death counter reset", change(nil) },
    }
    for _, d in ipairs(defs) do
        local id = obs.obs_hotkey_register_frontend(d[1], d[2], d[3])
        local arr = obs.obs_data_get_array(settings, d[1])
        obs.obs_hotkey_load(id, arr)
        obs.obs_data_array_release(arr)
        hotkeys[d[1]] = id
    end
end

function script_save(settings)
    for name, id in pairs(hotkeys) do
        local arr = obs.obs_hotkey_save(id)
        obs.obs_data_set_array(settings, name, arr)
        obs.obs_data_array_release(arr)
    end
end
