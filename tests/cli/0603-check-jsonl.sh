#!/bin/sh
# JSONL reports: one object a line with unit, check, severity, message,
# source_span, target_span, suggestion (code points, half-open).
. tests/cli/lib.sh
printf '북한이 발사했다.\tNorth Korea  fired.\n' > "$T/m.tsv"
run check -f jsonl "$T/m.tsv"
expect_rc 0
expect_out_is '{"unit": 1, "check": "whitespace", "severity": "warning", "message": "double space in the target: “North Korea  fired.”", "source_span": null, "target_span": [11, 13], "suggestion": " "}'
# the output goes to -o atomically
run check -f jsonl -o "$T/r.jsonl" "$T/m.tsv"
expect_rc 0
grep -q '"check": "whitespace"' "$T/r.jsonl" || fail "no report file"
exit 0
