#!/bin/sh
# Checks the eval files' shape before anyone scores against them: a malformed row or an unknown
# topic id would silently count as a miss. Topic ids are checked against faq-dev.tsv, which names all 20.
# Lines starting with '#' are comments (the pass-bar set's provenance); the first other line is the header.
# Usage: sh check.sh [topics.tsv]   (optionally also against the shared topic list)
cd "$(dirname "$0")" || exit 1
status=0
for f in faq-dev.tsv faq-extra.tsv faq-passbar.tsv smalltalk.tsv; do
  iconv -f UTF-8 -t UTF-8 "$f" >/dev/null 2>&1 || { echo "$f: not valid UTF-8"; status=1; }
  [ "$(tail -c 1 "$f" | od -An -c | tr -d ' ')" = '\n' ] || { echo "$f: no trailing newline"; status=1; }
done
awk -F'\t' -v topics="${1:-}" '
  FNR == 1 { file = FILENAME; header = 1 }
  /^#/ { next }
  header { header = 0; next }
  /\r/ || NF != 3 || $2 ~ /^ | $/ { print file ":" FNR ": want 3 tab-separated fields, no CR, no edge spaces"; bad = 1; next }
  $1 !~ /^(en|nl|tr)$/ { print file ":" FNR ": unknown locale " $1; bad = 1 }
  file == "faq-dev.tsv" { known[$3] = 1 }
  # The pass-bar set was written blind, so a question it shares with a tuning set is reported, not an error.
  file ~ /^faq-/ {
    q = tolower($2)
    if (q in seen && (file != "faq-passbar.tsv" || seen[q] == file)) { print file ":" FNR ": duplicate question: " $2; bad = 1 }
    else if (q in seen) { print file ":" FNR ": note: also in " seen[q] ": " $2 }
    seen[q] = file; used[file ":" FNR] = $3
  }
  file == "smalltalk.tsv" {
    if ($3 !~ /^(greeting|thanks|help|capabilities|goodbye|none)$/) { print file ":" FNR ": unknown intent " $3; bad = 1 }
    t = $1 "|" tolower($2); if (t in said) { print file ":" FNR ": duplicate text: " $2; bad = 1 }; said[t] = 1
  }
  END {
    if (topics != "") { while ((getline line < topics) > 0) { split(line, c, "\t"); listed[c[1]] = 1 }; listed["none"] = 1 }
    for (k in used) {
      if (!(used[k] in known)) { print k ": topic not in faq-dev.tsv: " used[k]; bad = 1 }
      if (topics != "" && !(used[k] in listed)) { print k ": topic not in " topics ": " used[k]; bad = 1 }
    }
    exit bad
  }' faq-dev.tsv faq-extra.tsv faq-passbar.tsv smalltalk.tsv || status=1
[ $status -eq 0 ] && echo "eval files OK"
exit $status
