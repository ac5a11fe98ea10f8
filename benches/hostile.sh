#!/usr/bin/env bash
# Every file of ../shared/hostile through inspect, import and report, each
# with its time, peak memory and exit code: the floors of #18 are 5 s and
# 1 GB per run, exit 0 or 1. Not a test: run it by hand on two cores.
#
#   benches/hostile.sh            # prints one line per file and command
#   ASHYQ=/tmp/ashyq benches/hostile.sh   # the same with a binary already built
#
# Needs GNU time (/usr/bin/time).
set -uo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
shared=${SHARED:-$here/../shared}
target=${CARGO_TARGET_DIR:-$HOME/.cache/ashyq-target}
# ASHYQ=path runs a binary already built (a copy, while a build is going on).
if [ -z "${ASHYQ:-}" ]; then
  CARGO_TARGET_DIR=$target cargo build --release --manifest-path "$here/Cargo.toml" -q
fi
ashyq=${ASHYQ:-$target/release/ashyq}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
worst_s=0; worst_kb=0; bad=0; runs=0
printf '%-40s %-8s %6s %8s %5s\n' file command secs MB exit
while IFS= read -r f; do
  for cmd in inspect import report; do
    case $cmd in
      inspect) args=(inspect "$f") ;;
      import) args=(import "$f" -o "$out/x.csv" --force) ;;
      report) args=(report "$f" -o "$out/pack" --force) ;;
    esac
    /usr/bin/time -f '%e %M' -o "$out/time" timeout 20 "$ashyq" "${args[@]}" >/dev/null 2>"$out/err"
    code=$?
    read -r secs kb < <(tail -1 "$out/time")
    runs=$((runs + 1))
    lines=$(grep -c '^error' "$out/err" || true)
    flag=""
    if [ "$code" -gt 1 ] || awk "BEGIN{exit !($secs > 5 || $kb > 1048576)}"; then flag=" <-- over a floor"; bad=$((bad + 1)); fi
    awk "BEGIN{exit !($secs > $worst_s)}" && worst_s=$secs
    [ "$kb" -gt "$worst_kb" ] && worst_kb=$kb
    printf '%-40s %-8s %6s %8d %5s%s\n' "$(basename "$f" | cut -c1-40)" "$cmd" "$secs" $((kb / 1024)) "$code" "$flag"
  done
done < <(find "$shared/hostile" -type f ! -name '*.md' | sort)
echo "runs: $runs, over a floor: $bad, slowest: ${worst_s} s, most memory: $((worst_kb / 1024)) MB"
