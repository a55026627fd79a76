#!/usr/bin/env bash
# Batch throughput and memory: generates mixed archives of 1,000 and 10,000 documents (plus the
# same as folders), runs `ukaz batch` on 1 thread and on all cores, and reports docs/s, MB/s,
# the speed-up and the peak RSS.
#
# The 1-core run is pinned to one CPU with taskset (when present): with `--jobs 1` alone the
# walker thread (reading, unzipping) would still run on a second core.
#
# Usage: benches/batch.sh [N...]   (default: 1000 10000)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -gt 0 ]; then sizes=("$@"); else sizes=(1000 10000); fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cargo build --release --quiet --bin ukaz --example gen_archive
target=${CARGO_TARGET_DIR:-target}/release
cores=$(nproc)

run() { # label jobs input...
    local label=$1 jobs=$2; shift 2
    local err="$work/err" peak pin=()
    if [ "$jobs" -eq 1 ] && command -v taskset >/dev/null; then pin=(taskset -c 0); fi
    if [ -x /usr/bin/time ]; then
        "${pin[@]}" /usr/bin/time -v "$target/ukaz" batch --jobs "$jobs" -o /dev/null "$@" 2>"$err" || [ $? -eq 1 ]
        peak=$(awk -F': ' '/Maximum resident set size/ {printf "%.1f MB", $2/1000}' "$err")
    else
        "${pin[@]}" "$target/ukaz" batch --stats --jobs "$jobs" -o /dev/null "$@" 2>"$err" || [ $? -eq 1 ]
        peak=$(grep -o 'peak RSS [0-9.]* MB' "$err" | sed 's/peak RSS //')
    fi
    local summary; summary=$(grep '^ukaz:' "$err")
    local mbs docs
    mbs=$(sed -E 's/.* ([0-9.]+) MB\/s.*/\1/' <<<"$summary")
    docs=$(sed -E 's/.* ([0-9]+) docs\/s.*/\1/' <<<"$summary")
    printf '%-22s jobs=%-3s %8s docs/s %7s MB/s  peak RSS %s\n' "$label" "$jobs" "$docs" "$mbs" "$peak" >&2
    echo "$mbs"
}

for n in "${sizes[@]}"; do
    "$target/examples/gen_archive" "$n" "$work/mixed-$n.zip" "$work/mixed-$n" >&2
    one=$(run "zip $n" 1 "$work/mixed-$n.zip")
    all=$(run "zip $n" "$cores" "$work/mixed-$n.zip")
    echo "zip $n: speed-up on $cores cores: $(awk -v a="$all" -v b="$one" 'BEGIN {printf "%.2f", a/b}')x" >&2
    one=$(run "folder $n" 1 "$work/mixed-$n")
    all=$(run "folder $n" "$cores" "$work/mixed-$n")
    echo "folder $n: speed-up on $cores cores: $(awk -v a="$all" -v b="$one" 'BEGIN {printf "%.2f", a/b}')x" >&2
done
