"""Validate a project's files against `whitepaper schema` (JSON Schema 2020-12).

Usage: python3 .ci/schema-check.py SCHEMA.json PROJECT_DIR [PROJECT_DIR…]
Every TOML file the schema describes is read (tomllib), dates turned into ISO strings, and
validated against `properties[<path>]`; the schema itself is checked first. Exits 1 on any
error, naming file and JSON path.
"""
import datetime
import json
import pathlib
import sys
import tomllib

import jsonschema


def plain(v):
    if isinstance(v, dict):
        return {k: plain(x) for k, x in v.items()}
    if isinstance(v, list):
        return [plain(x) for x in v]
    if isinstance(v, (datetime.date, datetime.datetime, datetime.time)):
        return v.isoformat()
    return v


def main():
    schema = json.load(open(sys.argv[1]))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    bad = 0
    checked = 0
    for root in map(pathlib.Path, sys.argv[2:]):
        for path, sub in schema["properties"].items():
            files = sorted(root.glob(path.replace("<edition>", "*")))
            for f in files:
                doc = plain(tomllib.load(open(f, "rb")))
                v = cls({**sub, "$defs": schema["$defs"]})
                errors = sorted(v.iter_errors(doc), key=lambda e: list(e.absolute_path))
                for e in errors:
                    bad += 1
                    where = "/".join(map(str, e.absolute_path)) or "(top)"
                    print(f"{f}: {where}: {e.message}")
                checked += 1
    print(f"schema: {checked} files checked, {bad} errors")
    sys.exit(1 if bad or not checked else 0)


main()
