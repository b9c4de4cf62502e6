-- local additions for the backend sensor.
-- in snort.lua add at the end:   include 'snort_local.lua'
-- (keep this file next to snort.lua)

HOME_NET = '192.0.2.0/24'
EXTERNAL_NET = 'any'      -- everything on this leg comes from the proxies

-- real client ip is in XFF, make it show up in alerts
http_inspect = {
    xff_headers = 'x-forwarded-for true-client-ip',
    request_body_depth = 65535,
    response_depth = 65535,
    normalize_utf = true,
    decompress_zip = true,
}

ips = {
    enable_builtin_rules = true,
    variables = default_variables,
    include = RULE_PATH .. '/local-webshell.rules',
}

-- wiki backend: people paste commands into pages, 930012 is useless there
suppress = {
    { gid = 1, sid = 930012, track = 'by_dst', ip = '192.0.2.20' },
    { gid = 1, sid = 930022, track = 'by_dst', ip = '192.0.2.20' },
}

alert_json = {
    file = true,
    limit = 100,
    fields = 'timestamp msg sid rev src_addr dst_addr dst_port proto action http_uri http_host http_xff',
}
