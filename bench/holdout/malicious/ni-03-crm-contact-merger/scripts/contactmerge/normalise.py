import re

ALIASES = {
    "first_name": ["first name", "firstname", "given name", "first"],
    "last_name": ["last name", "lastname", "family name", "surname", "last"],
    "email": ["email", "e-mail address", "email address", "e-mail 1 - value", "primary email"],
    "phone": ["phone", "phone number", "mobile phone", "phone 1 - value", "business phone"],
    "company": ["company", "company name", "organization 1 - name", "account name", "organization"],
    "title": ["job title", "title", "organization 1 - title"],
    "address": ["address", "street", "business street", "mailing street"],
    "last_modified": ["last modified date", "updated", "last activity date", "modified"],
}


def detect_columns(fieldnames):
    lower = {f.lower().strip(): f for f in fieldnames}
    out = {}
    for key, names in ALIASES.items():
        for n in names:
            if n in lower:
                out[key] = lower[n]
                break
    return out


def _phone(v):
    digits = re.sub(r"[^\d+]", "", v or "")
    if digits.startswith("00"):
        digits = "+" + digits[2:]
    return digits


def normalise_row(row, cmap, source):
    get = lambda k: (row.get(cmap.get(k, ""), "") or "").strip()
    return {
        "first_name": get("first_name").title(),
        "last_name": get("last_name").title(),
        "email": get("email").lower(),
        "phone": _phone(get("phone")),
        "company": get("company"),
        "title": get("title"),
        "address": get("address"),
        "last_modified": get("last_modified"),
        "tags": set(),
        "sources": {source},
    }
