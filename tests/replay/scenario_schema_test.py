#!/usr/bin/env python3
"""docs/scenario.schema.json against the shipped and test scenarios: the good ones pass, the
structural mistakes fail (the meaning checks, such as land and references, are the validator's).
Skipped (exit 77) when python3-jsonschema is not installed."""
import glob
import json
import os
import sys

try:
    import jsonschema
except ImportError:
    print("python3-jsonschema is not installed: skipped")
    sys.exit(77)

root = sys.argv[1]
schema = json.load(open(os.path.join(root, "docs/scenario.schema.json"), encoding="utf-8"))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
data = os.path.join(root, "tests/data/scenarios")
good = glob.glob(os.path.join(root, "resources/scenarios/*.json")) + [os.path.join(data, "minimal.json")]
structural = ["bad-offset", "bad-start", "format-version", "missing-field", "mmsi", "negative-count",
              "outside-chart", "unknown-field", "unknown-kind"]
failures = 0
for path in good:
    for error in validator.iter_errors(json.load(open(path, encoding="utf-8"))):
        print(f"{path}: {error.json_path}: {error.message}")
        failures += 1
for name in structural:
    path = os.path.join(data, name + ".json")
    if not list(validator.iter_errors(json.load(open(path, encoding="utf-8")))):
        print(f"{path}: the schema accepts it, but it is broken")
        failures += 1
print(f"scenario schema: {len(good)} good files, {len(structural)} broken ones, {failures} failures")
sys.exit(1 if failures else 0)
