#!/usr/bin/env python3
"""Merges catalogue entries written per vendor group (JSON files with an "exams" list) into
Sources/StudyKitRules/Resources/certifications.json: entries replace bundled ones by code, an
exam another entry replaces is dropped, old prerequisite fields become "requires", a status
"unverified" becomes outline.verified false, and domains a vendor publishes without weights
(an even split in the source file) become "unweighted". Usage: Tools/catalog-merge.py FILE..."""
import json, re, sys

CATALOG = 'Sources/StudyKitRules/Resources/certifications.json'

def requirements(entry):
    found = []
    for code in entry.pop('prerequisites', None) or []:
        found.append({'anyOf': [code], 'kind': 'required'})
    for code in entry.pop('recommendedPrior', None) or []:
        found.append({'anyOf': [code], 'kind': 'recommended'})
    listed = entry.get('requires') or []
    covered = {tuple(r['anyOf']) for r in listed}
    merged = listed + [r for r in found if tuple(r['anyOf']) not in covered
                       and not any(set(r['anyOf']) <= set(l['anyOf']) for l in listed)]
    if merged:
        entry['requires'] = merged
    else:
        entry.pop('requires', None)

def tidy(entry):
    requirements(entry)
    note = entry['outline'].get('note', '') or ''
    if entry.get('status') == 'unverified':
        entry['status'] = 'active'
        entry['outline']['verified'] = False
    if re.search(r'not verified against the vendor', note, re.I):
        entry['outline']['verified'] = False
    if re.search(r'even split|even share|publishes no weight|without weights', note, re.I):
        for domain in entry['domains']:
            domain['weight'], domain['low'], domain['high'] = 'unweighted', 0, 0
    if not entry.get('replaces'):
        entry.pop('replaces', None)
    # Keep the key order of the existing file.
    order = ['code', 'aliases', 'title', 'titleAliases', 'role', 'roleAliases', 'level', 'vendor', 'status',
             'domains', 'requires', 'replaces', 'outline']
    return {key: entry[key] for key in order if key in entry} | {k: v for k, v in entry.items() if k not in order}

def main(paths):
    catalog = json.load(open(CATALOG))
    exams = {e['code'].upper(): e for e in catalog['exams']}
    order = [e['code'].upper() for e in catalog['exams']]
    fresh = set()
    for path in paths:
        for entry in json.load(open(path))['exams']:
            key = entry['code'].upper()
            if key not in exams:
                order.append(key)
            exams[key] = tidy(entry)
            fresh.add(key)
    # An exam a new entry replaces goes, unless a new file lists it itself (a retiring version
    # still taken): then it stays an exam and leaves the successor's `replaces`.
    for e in exams.values():
        if 'replaces' in e:
            e['replaces'] = [c for c in e['replaces'] if c.upper() not in fresh]
            if not e['replaces']:
                del e['replaces']
    replaced = {code.upper() for e in exams.values() for code in e.get('replaces', [])}
    catalog['exams'] = [tidy(exams[key]) for key in order if key not in replaced]
    json.dump(catalog, open(CATALOG, 'w'), ensure_ascii=False, indent=1)
    open(CATALOG, 'a').write('\n')
    print(f"{len(catalog['exams'])} exams")

if __name__ == '__main__':
    main(sys.argv[1:])
