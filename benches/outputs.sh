#!/usr/bin/env bash
# Records what a fixed set of commands prints and writes, so that a change
# meant to keep behaviour (a rearrangement of the house) can be checked
# byte for byte against the build before it.
#
#   git worktree add /tmp/before HEAD~1 && (cd /tmp/before && CARGO_TARGET_DIR=/tmp/before-target cargo build --release)
#   benches/outputs.sh /tmp/before-target/release/ashyq /tmp/out-before
#   cargo build --release && benches/outputs.sh target/release/ashyq /tmp/out-after
#   diff -r /tmp/out-before /tmp/out-after     # nothing should differ
#
# Build the "before" binary in a target folder of its own: two checkouts of
# the same package sharing one target folder can hand back the other's binary.
#
# Each command gets OUT/NN.cmd (the command line), NN.out, NN.err, NN.rc and
# the files it wrote under NN.files/. The output folder's path and the
# repository's path are written as OUT and REPO, dates are fixed with
# SOURCE_DATE_EPOCH, so two runs of the same build are identical.
# Real files are read from ../shared/realdata when it is there.
set -uo pipefail
bin=$(realpath "$1")
out=$(realpath -m "$2")
repo=$(cd "$(dirname "$0")/.." && pwd)
real=${REALDATA:-$repo/../shared/realdata}
rm -rf "$out" && mkdir -p "$out"
export SOURCE_DATE_EPOCH=1700000000 COLUMNS=100 LANG=C.UTF-8
unset LC_MESSAGES LC_ALL
n=0
akimat=data/sample_district_budget_akimat.xlsx
clean=data/sample_district_budget.xlsx

# run ARGS...: one command; "@F" in an argument is a file the command writes.
run() {
  n=$((n + 1))
  local id
  id=$(printf '%03d' "$n")
  local files="$out/$id.files"
  mkdir -p "$files"
  local args=()
  for a in "$@"; do args+=("${a//@/$files/}"); done
  printf '%s\n' "$*" > "$out/$id.cmd"
  (cd "$repo" && timeout 120 "$bin" "${args[@]}" > "$out/$id.out" 2> "$out/$id.err" < /dev/null)
  echo $? > "$out/$id.rc"
  # Parquet files carry no dates; HTML, SVG and text may carry paths.
  find "$files" "$out/$id.out" "$out/$id.err" -type f \
    \( -name '*.html' -o -name '*.md' -o -name '*.svg' -o -name '*.csv' -o -name '*.json' \
       -o -name '*.txt' -o -name '*.out' -o -name '*.err' -o -name '*.toml' \) -print0 |
    xargs -0 -r sed -i -e "s#$files/#OUT/#g" -e "s#$out#OUT#g" -e "s#$repo#REPO#g"
}

# README commands
run report $akimat --config examples/city.toml -o @pack
for l in kk ru en; do run report $akimat --config examples/city.toml --lang $l -o @pack; done
run report $clean -o @pack
run demo -o @pack
run breakdown $akimat
run breakdown $akimat --by program --top 10 --lang en
run breakdown $akimat --level 3 --lang kk
run compare $akimat
run compare $akimat --from 2024:approved --to 2024:revised
run compare $akimat --years 2022..2024 --config examples/city.toml --real
run compare $akimat --config examples/city.toml --per-capita --lang en
run execution $akimat --by program
run execution $akimat --lang kk --threshold 95
for k in bar stacked trend treemap waterfall execution; do
  for l in kk ru en; do run chart $k $akimat --lang $l -o @c.svg; done
done
run chart bar $akimat -o @c.png
run chart waterfall $akimat --lang kk -o @change.svg --size report
run breakdown $akimat -o @groups.xlsx
run breakdown $akimat -o @groups.csv
run breakdown $akimat --format json
run compare $akimat --format json
run execution $akimat --format json
run compare $akimat -o @c.md
run inspect $akimat
run inspect $clean
run inspect $akimat --write-map @m.toml
run validate $akimat
run validate $akimat --all
run validate $akimat --format json
run import $clean -o @lines.csv
run import $clean -o @lines.json
run import $clean -o @lines.parquet
run import $akimat -o @pkg --format fdp
run import $clean -o -
# errors
run breakdown $akimat --year 2031
run breakdown $akimat --by nonsense
run breakdown $akimat --filter Ведомство=Аким
run import missing.xlsx -o -
run compare $akimat --from 2019
run breakdwn $akimat

if [ -d "$real" ]; then
  for f in "$real"/*.csv "$real"/*.xls "$real"/*.xlsx "$real"/kz_budget_egov/*.csv; do
    run inspect "$f"
    run import "$f" -o @lines.csv
  done
  run import "$real/boston_fy25_adopted_operating_budget.csv" --currency USD -o @boston.csv
  run import "$real/madrid_municipal_expenditure_2012-2015.csv" --currency EUR -o @madrid.csv
  run import "$real/oakland_5year_tables_fy2009-10_to_fy2017-18.xlsx" --currency USD -o @oakland.csv
  run import "$real/ua_openbudget_kyiv_lviv_expenses_economic_2021-2024.csv" --map examples/mappings/kyiv_lviv_expenses_economic.toml -o @kl.csv
  run import "$real/mk_central_budget_and_rebalance_2014-2015.csv" --map examples/mappings/mk_central_budget_and_rebalance.toml -o @mk.csv
  run validate "$real/oakland_5year_tables_fy2009-10_to_fy2017-18.xlsx" --currency USD --all
  run compare "$real/boston_fy25_adopted_operating_budget.csv" --currency USD --by cabinet --from 2024:approved --to 2025:approved
  run compare "$real/madrid_municipal_expenditure_2012-2015.csv" --currency EUR --by CAPITULO --from 2014 --to 2015
  run execution "$real/ua_openbudget_kyiv_lviv_expenses_economic_2021-2024.csv" --map examples/mappings/kyiv_lviv_expenses_economic.toml --filter CITY=Kyiv --year 2023 --by code
  run report "$real/boston_fy25_adopted_operating_budget.csv" --currency USD -o @pack
  run chart treemap "$real/madrid_municipal_expenditure_2012-2015.csv" --currency EUR -o @t.svg
fi
# Hostile files: what each gives (bounded: some of them still exhaust memory).
hostile=${HOSTILE:-$repo/../shared/hostile}
if [ -d "$hostile" ]; then
  for f in "$hostile"/*.* "$hostile"/dp/*.json "$hostile"/mutants/*; do
    case $f in *README.md) continue;; esac
    n=$((n + 1)); id=$(printf '%03d' "$n")
    printf 'import %s -o -\n' "$f" > "$out/$id.cmd"
    (cd "$repo" && ulimit -v 4000000 && RUST_BACKTRACE=0 timeout 10 "$bin" import "$f" -o - > "$out/$id.out" 2> "$out/$id.err" < /dev/null)
    echo $? > "$out/$id.rc"
    sed -i -e "s#$repo#REPO#g" -e 's/^thread \(.*\) ([0-9]*) \(panicked\|has overflowed\)/thread \1 (N) \2/' "$out/$id.out" "$out/$id.err"
  done
fi

# A workbook records when it was made: each .xlsx becomes a list of its
# parts with their SHA-256, the dates in docProps/core.xml blanked.
python3 - "$out" <<'PY'
import hashlib, pathlib, re, sys, zipfile
for x in pathlib.Path(sys.argv[1]).rglob("*.xlsx"):
    with zipfile.ZipFile(x) as z:
        parts = []
        for name in sorted(z.namelist()):
            data = z.read(name)
            if name == "docProps/core.xml":
                data = re.sub(rb"<dcterms:(created|modified)[^>]*>[^<]*", b"", data)
            parts.append(f"{hashlib.sha256(data).hexdigest()}  {name}")
    x.with_suffix(".xlsx.parts").write_text("\n".join(parts) + "\n")
    x.unlink()
PY
echo "$n commands recorded in $out"
