#!/usr/bin/env bash
# Supply-chain benchmark: ABC + XYZ + replenishment over 100k SKUs × 10 warehouses and 10M order lines, the product's
# queries beside one hand-written DuckDB query (same process, same run) and beside pandas (Debian python3-pandas) on
# the same data. The data set is generated in DuckDB into $BENCH_WORK/supply (kept for later runs; delete to regenerate).
# Prints the JSON of both runs; record the numbers in docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
work="${BENCH_WORK:-/tmp/commerceops-bench}/supply"
mkdir -p "$work"
command -v /usr/bin/python3 >/dev/null && /usr/bin/python3 -c 'import pandas' 2>/dev/null || apt-get install -y python3-pandas
dotnet build -c Release bench/CommerceOps.Bench >/dev/null
dotnet bench/CommerceOps.Bench/bin/Release/net10.0/CommerceOps.Bench.dll supply --dir "$work" \
  --skus "${BENCH_SKUS:-100000}" --warehouses "${BENCH_WAREHOUSES:-10}" --lines "${BENCH_LINES:-10000000}" --out "$work/product.json"
/usr/bin/python3 bench/supply_pandas.py "$work" "$work/pandas.json" "$work/product.json"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
