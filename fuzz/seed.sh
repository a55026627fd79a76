#!/bin/sh
# Seeds the fuzz corpora from the repository's documents and the deadline phrasing table.
# Run from the repository root: sh fuzz/seed.sh
set -e
mkdir -p fuzz/corpus/parse fuzz/corpus/deadline fuzz/corpus/decode
cp corpus/seeds/*.txt corpus/synthetic/*.txt fuzz/corpus/parse/
# decode: a selector byte (0 text, 1 HTML, 2 DOCX) before each file of a generated mixed folder.
cargo run --release --quiet --example gen_archive 40 /tmp/ukaz-seed.zip /tmp/ukaz-seed-dir
find /tmp/ukaz-seed-dir -type f | while IFS= read -r f; do
    case "$f" in *.html) sel='\001' ;; *.docx) sel='\002' ;; *) sel='\000' ;; esac
    { printf "$sel"; cat "$f"; } > "fuzz/corpus/decode/$(sha1sum < "$f" | cut -c1-16)"
done
grep -v '^#' src/extract/deadline/phrasings.txt | grep ' | ' | awk -F ' [|] ' '{ print $2 }' |
    while IFS= read -r phrase; do
        printf '%s' "$phrase" > "fuzz/corpus/deadline/$(printf '%s' "$phrase" | sha1sum | cut -c1-16)"
    done
if [ -d corpus/regressions/deadline ]; then cp corpus/regressions/deadline/* fuzz/corpus/deadline/ 2>/dev/null || true; fi
if [ -d corpus/regressions/parse ]; then cp corpus/regressions/parse/* fuzz/corpus/parse/ 2>/dev/null || true; fi
python3 fuzz/seed_docx.py fuzz/corpus/decode
