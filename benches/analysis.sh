#!/usr/bin/env bash
# Analysis benchmarks, side by side with the peer pipelines a user would
# otherwise run (../shared/bench). Not a test: run it by hand and compare
# ratios from the same run.
#
#   ../shared/bench/setup.sh /tmp/ashyq-bench     # inputs and the Python venv (once)
#   benches/analysis.sh [/tmp/ashyq-bench]
#
# Needs hyperfine (apt-get install hyperfine) and GNU time (/usr/bin/time).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
dir=${1:-/tmp/ashyq-bench}
shared=${SHARED:-$here/../shared}
target=${CARGO_TARGET_DIR:-$HOME/.cache/ashyq-target}
py=$dir/venv/bin/python

CARGO_TARGET_DIR=$target cargo build --release --manifest-path "$here/Cargo.toml"
ashyq=$target/release/ashyq
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# A long ledger: one year and stage by functional group.
hyperfine -N -w 1 -r 7 \
  "$ashyq breakdown $dir/big.csv --year 2024 --stage executed --by group" \
  "$py $shared/bench/peer_csv_polars.py $dir/big.csv"
# The city workbook: import, breakdown and compare in one command.
hyperfine -N -w 2 -r 10 \
  "$ashyq compare $dir/city.xlsx" \
  "$py $shared/bench/peer_polars.py $dir/city.xlsx $out/peer.png"
for cmd in "$ashyq breakdown $dir/big.csv --year 2024 --stage executed --by group" \
           "$py $shared/bench/peer_csv_polars.py $dir/big.csv"; do
  /usr/bin/time -f "peak %M KiB, %e s: $cmd" $cmd > /dev/null
done
