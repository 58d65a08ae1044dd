#!/bin/sh
# section.md = head + tables + parsed section + summary (run from docs/audit-bff1a18-20261314 after gen/build.py.txt)
{ cat gen/head.md; echo; cat gen/tables.md; echo; cat gen/parsedsec_head.md gen/parsed_table.md; echo; echo "Parsed mode: 49 of its 52 events are identical to rule-mode events (same doc, sentence, source, code and target); the three above differ."; echo; cat gen/summary.md; } > section.md
