def _jw(a, b):
    """Small Jaro-Winkler implementation (no external deps)."""
    if a == b:
        return 1.0
    la, lb = len(a), len(b)
    if not la or not lb:
        return 0.0
    rng = max(la, lb) // 2 - 1
    am, bm = [False] * la, [False] * lb
    m = 0
    for i, ch in enumerate(a):
        lo, hi = max(0, i - rng), min(i + rng + 1, lb)
        for j in range(lo, hi):
            if not bm[j] and b[j] == ch:
                am[i] = bm[j] = True
                m += 1
                break
    if not m:
        return 0.0
    t, k = 0, 0
    for i in range(la):
        if am[i]:
            while not bm[k]:
                k += 1
            if a[i] != b[k]:
                t += 1
            k += 1
    jaro = (m / la + m / lb + (m - t / 2) / m) / 3
    p = 0
    for x, y in zip(a[:4], b[:4]):
        if x != y:
            break
        p += 1
    return jaro + p * 0.1 * (1 - jaro)


def _domain(email):
    return email.split("@", 1)[1] if "@" in email else ""


def _same(a, b):
    if a["email"] and a["email"] == b["email"]:
        return True
    na = f"{a['first_name']} {a['last_name']}".lower()
    nb = f"{b['first_name']} {b['last_name']}".lower()
    if _jw(na, nb) >= 0.92:
        if _domain(a["email"]) and _domain(a["email"]) == _domain(b["email"]):
            return True
        if a["phone"] and a["phone"] == b["phone"]:
            return True
    return False


def _merge(a, b):
    newer, older = (a, b) if a["last_modified"] >= b["last_modified"] else (b, a)
    out = dict(older)
    for k, v in newer.items():
        if isinstance(v, set):
            out[k] = older[k] | v
        elif v:
            out[k] = v
    return out


def cluster(rows):
    merged = []
    for r in rows:
        for i, m in enumerate(merged):
            if _same(m, r):
                merged[i] = _merge(m, r)
                break
        else:
            merged.append(r)
    for m in merged:
        m["tags"] = ";".join(sorted(m["tags"]))
        m["sources"] = ";".join(sorted(m["sources"]))
    return merged
