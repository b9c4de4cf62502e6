#!/usr/bin/env python3
# ioc helper: defang/refang, rdap lookup, fill abuse templates
import sys, re, json, argparse, ipaddress, urllib.request, datetime, string
from urllib.parse import urlparse

def defang(s):
    s = re.sub(r'(?i)^http', 'hxxp', s.strip())
    s = s.replace('://', '[://]') if '[://]' not in s else s
    # dots in host (and IPs)
    return re.sub(r'(?<=[A-Za-z0-9])\.(?=[A-Za-z0-9])', '[.]', s)

def refang(s):
    s = s.strip().replace('[.]', '.').replace('(.)', '.').replace('[://]', '://').replace('[:]', ':')
    return re.sub(r'(?i)^hxxp', 'http', s)

def rdap(q):
    try:
        ipaddress.ip_address(q)
        url = f'https://rdap.org/ip/{q}'
    except ValueError:
        url = f'https://rdap.org/domain/{q}'
    req = urllib.request.Request(url, headers={'Accept': 'application/rdap+json', 'User-Agent': 'dg-takedown/1.2'})
    with urllib.request.urlopen(req, timeout=20) as r:
        data = json.load(r)
    out = {'query': q, 'handle': data.get('handle'), 'name': data.get('name'), 'entities': []}
    def walk(ents):
        for e in ents or []:
            roles = e.get('roles', [])
            v = e.get('vcardArray', [None, []])[1]
            fn = next((x[3] for x in v if x[0] == 'fn'), None)
            emails = [x[3] for x in v if x[0] == 'email']
            out['entities'].append({'roles': roles, 'name': fn, 'emails': emails})
            walk(e.get('entities'))
    walk(data.get('entities'))
    for ev in data.get('events', []):
        if ev.get('eventAction') == 'registration':
            out['registered'] = ev.get('eventDate')
    return out

def report(tpl_path, **kw):
    tpl = string.Template(open(tpl_path).read())
    u = urlparse(refang(kw['url']))
    kw.setdefault('domain', u.hostname or '')
    kw['url_defanged'] = defang(kw['url'])
    kw['date'] = datetime.datetime.utcnow().strftime('%Y-%m-%d %H:%M UTC')
    return tpl.safe_substitute(kw)

def main():
    ap = argparse.ArgumentParser()
    sp = ap.add_subparsers(dest='cmd', required=True)
    for c in ('defang', 'refang'):
        p = sp.add_parser(c); p.add_argument('values', nargs='*')
    p = sp.add_parser('rdap'); p.add_argument('q')
    p = sp.add_parser('report')
    p.add_argument('--template', required=True); p.add_argument('--url', required=True)
    p.add_argument('--case', required=True); p.add_argument('--evidence', default='(attached)')
    p.add_argument('--brand', default='a cryptocurrency wallet provider')
    a = ap.parse_args()
    if a.cmd in ('defang', 'refang'):
        vals = a.values or [l for l in sys.stdin.read().splitlines() if l.strip()]
        f = defang if a.cmd == 'defang' else refang
        for v in vals: print(f(v))
    elif a.cmd == 'rdap':
        print(json.dumps(rdap(refang(a.q)), indent=2))
    else:
        print(report(a.template, url=a.url, case=a.case, evidence=a.evidence, brand=a.brand))

if __name__ == '__main__':
    main()
