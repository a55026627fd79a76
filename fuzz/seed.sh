#!/bin/sh
# Seeds the fuzz corpora from the repository's documents and the deadline phrasing table.
# Run from the repository root: sh fuzz/seed.sh
set -e
mkdir -p fuzz/corpus/parse fuzz/corpus/deadline
cp corpus/seeds/*.txt corpus/synthetic/*.txt fuzz/corpus/parse/
grep -v '^#' src/extract/deadline/phrasings.txt | grep ' | ' | awk -F ' [|] ' '{ print $2 }' |
    while IFS= read -r phrase; do
        printf '%s' "$phrase" > "fuzz/corpus/deadline/$(printf '%s' "$phrase" | sha1sum | cut -c1-16)"
    done
if [ -d corpus/regressions/deadline ]; then cp corpus/regressions/deadline/* fuzz/corpus/deadline/ 2>/dev/null || true; fi
