# Project library script: plant.slack  (Ignition 8.1, Jython 2.7)
# Posts limit breaches for selected tags to the ops team's Slack channel.

logger = system.util.getLogger("plant.slack")

WEBHOOK_TAG = "[default]Config/SlackWebhook"

LIMITS = [
    # tag path,                                   low,  high, label,                     unit
    ("[default]WTP/Clearwell2/Level_m",          2.0,  5.5,  "Clearwell 2 level",        "m"),
    ("[default]WTP/Filter/CL2_Residual_mgL",     0.5,  2.0,  "Chlorine residual (post)", "mg/L"),
    ("[default]WTP/RawWater/Turbidity_NTU",      None, 25.0, "Raw water turbidity",      "NTU"),
]


def _post(text):
    url = system.tag.readBlocking([WEBHOOK_TAG])[0].value
    if not url:
        logger.warn("Slack webhook tag is empty; not sending")
        return
    try:
        system.net.httpClient(timeout=5000).post(url, data=system.util.jsonEncode({"text": text}),
                                                 headers={"Content-Type": "application/json"})
    except Exception as e:
        logger.warn("Slack post failed: %s" % e)


def check_limits():
    state = system.util.getGlobals().setdefault("slack_limit_state", {})
    paths = [l[0] for l in LIMITS]
    values = system.tag.readBlocking(paths)
    now = system.date.format(system.date.now(), "HH:mm")
    for (path, lo, hi, label, unit), qv in zip(LIMITS, values):
        if not qv.quality.isGood():
            continue
        v = qv.value
        breach = None
        if lo is not None and v < lo:
            breach = "%s %.2f %s below low limit %.2f %s" % (label, v, unit, lo, unit)
        elif hi is not None and v > hi:
            breach = "%s %.2f %s above high limit %.2f %s" % (label, v, unit, hi, unit)
        was = state.get(path, False)
        if breach and not was:
            _post(":warning: %s (%s)" % (breach, now))
            state[path] = True
        elif not breach and was:
            _post(":white_check_mark: %s back in range: %.2f %s (%s)" % (label, v, unit, now))
            state[path] = False
