#!/usr/bin/env python3
"""Checks of a trust center written by `whitepaper site`, and of the repository's action.yml.

    python3 .ci/site-check.py SITE_DIR... [--action action.yml]

For each SITE_DIR: the pages every language needs exist; each `<lang>/changes.atom` is a valid
Atom feed as RFC 4287 requires it (feed id, title, updated and author; every entry id, title,
updated; ids unique; dates RFC 3339); `subprocessors.json` validates against
docs/subprocessors.schema.json. With --action: action.yml is a composite action whose inputs
have descriptions and whose `run` steps name their shell.
"""
import json
import pathlib
import re
import sys

import jsonschema
import yaml

ATOM = "{http://www.w3.org/2005/Atom}"
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$")


def check_feed(path):
    import xml.etree.ElementTree as ET

    bad = []
    feed = ET.parse(path).getroot()
    if feed.tag != ATOM + "feed":
        return [f"{path}: not an Atom feed ({feed.tag})"]
    for name in ("id", "title", "updated"):
        el = feed.find(ATOM + name)
        if el is None or not (el.text or "").strip():
            bad.append(f"{path}: the feed has no {name}")
    if feed.find(ATOM + "author/" + ATOM + "name") is None:
        bad.append(f"{path}: the feed has no author")
    ids = set()
    entries = feed.findall(ATOM + "entry")
    for e in entries:
        for name in ("id", "title", "updated"):
            el = e.find(ATOM + name)
            if el is None or not (el.text or "").strip():
                bad.append(f"{path}: an entry has no {name}")
        eid = (e.findtext(ATOM + "id") or "").strip()
        if eid in ids:
            bad.append(f"{path}: entry id {eid} twice")
        ids.add(eid)
        if not RFC3339.match((e.findtext(ATOM + "updated") or "").strip()):
            bad.append(f"{path}: entry {eid}: updated is not RFC 3339")
    if not RFC3339.match((feed.findtext(ATOM + "updated") or "").strip()):
        bad.append(f"{path}: feed updated is not RFC 3339")
    print(f"{path}: Atom feed, {len(entries)} entries")
    return bad


def check_site(site, schema):
    site = pathlib.Path(site)
    bad = []
    data = json.loads((site / "subprocessors.json").read_text())
    try:
        jsonschema.validate(data, schema)
    except jsonschema.ValidationError as e:
        bad.append(f"{site}/subprocessors.json: {e.message}")
    for f in ["index.html", ".well-known/security.txt"]:
        if not (site / f).is_file():
            bad.append(f"{site}: no {f}")
    for lang in data["languages"]:
        for page in ["index.html", "subprocessors.html", "changes.html", "changes.atom"]:
            if not (site / lang / page).is_file():
                bad.append(f"{site}: no {lang}/{page}")
        if (site / lang / "changes.atom").is_file():
            bad += check_feed(site / lang / "changes.atom")
    print(f"{site}: {len(data['subprocessors'])} subprocessors, schema-valid JSON")
    return bad


def check_action(path):
    bad = []
    action = yaml.safe_load(pathlib.Path(path).read_text())
    for key in ("name", "description", "runs"):
        if key not in action:
            bad.append(f"{path}: no `{key}`")
    runs = action.get("runs", {})
    if runs.get("using") != "composite":
        bad.append(f"{path}: runs.using is not composite")
    for name, spec in (action.get("inputs") or {}).items():
        if "description" not in spec:
            bad.append(f"{path}: input {name} has no description")
    for i, step in enumerate(runs.get("steps", [])):
        if "run" in step and "shell" not in step:
            bad.append(f"{path}: step {i} runs a command without `shell`")
        if "run" not in step and "uses" not in step:
            bad.append(f"{path}: step {i} neither runs nor uses")
    for name, spec in (action.get("outputs") or {}).items():
        if "value" not in spec:
            bad.append(f"{path}: output {name} has no value (composite actions need one)")
    print(f"{path}: composite action, {len(runs.get('steps', []))} steps")
    return bad


def main():
    args = sys.argv[1:]
    action = None
    if "--action" in args:
        i = args.index("--action")
        action = args[i + 1]
        del args[i : i + 2]
    schema = json.loads(pathlib.Path("docs/subprocessors.schema.json").read_text())
    bad = []
    for site in args:
        bad += check_site(site, schema)
    if action:
        bad += check_action(action)
    for b in bad:
        print(b)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
