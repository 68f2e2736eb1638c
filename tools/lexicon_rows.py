"""Turn hand-typed lexicon rows (fields separated by two or more spaces, '-' for empty) into TSV.

Used when curating ontology/lexicon/*.tsv: python tools/lexicon_rows.py < rows.txt >> file.tsv
Rows with 7 fields are taken to have no aliases.
"""

import re
import sys

for number, line in enumerate(sys.stdin, start=1):
    line = line.rstrip("\n")
    if not line.strip() or line.startswith("#"):
        print(line)
        continue
    fields = re.split(r" {2,}|\t", line.strip())
    if len(fields) == 7:
        fields.insert(6, "-")
    if len(fields) != 8:
        sys.exit(f"row {number}: {len(fields)} fields, expected 8: {line}")
    print("\t".join("" if f == "-" else f for f in fields))
