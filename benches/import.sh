#!/usr/bin/env bash
# Import benchmark, side by side with the floor (calamine alone touching every cell).
# Not a test: run it by hand and compare ratios from the same run.
#
#   ../shared/bench/setup.sh /tmp/ashyq-bench     # inputs (a few minutes once)
#   benches/import.sh [/tmp/ashyq-bench]
#
# Needs hyperfine (apt-get install hyperfine) and GNU time (/usr/bin/time).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
dir=${1:-/tmp/ashyq-bench}
shared=${SHARED:-$here/../shared}
target=${CARGO_TARGET_DIR:-$HOME/.cache/ashyq-target}
floor_target=${FLOOR_TARGET_DIR:-$HOME/.cache/floor-target}

[ -f "$dir/big-plain.xlsx" ] || "$dir/venv/bin/python" "$shared/bench/gen_budget.py" "$dir/big-plain.xlsx" 200000 --plain
CARGO_TARGET_DIR=$target cargo build --release --manifest-path "$here/Cargo.toml"
CARGO_TARGET_DIR=$floor_target cargo build --release --manifest-path "$shared/bench/floor/Cargo.toml"
ashyq=$target/release/ashyq
floor=$floor_target/release/floor
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

for f in big-plain.xlsx big.xlsx; do
  hyperfine -N -w 1 -r 5 \
    "$floor stream $dir/$f" \
    "$floor dense $dir/$f" \
    "$ashyq inspect $dir/$f" \
    "$ashyq import $dir/$f -o $out/lines.parquet -q --force"
  for cmd in "$floor stream $dir/$f" "$floor dense $dir/$f" "$ashyq inspect $dir/$f" \
             "$ashyq import $dir/$f -o $out/lines.parquet -q --force"; do
    /usr/bin/time -f "peak %M KiB, %e s: $cmd" $cmd > /dev/null
  done
done
