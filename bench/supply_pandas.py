#!/usr/bin/python3
"""The pandas baseline of the supply-chain benchmark: ABC + XYZ + replenishment over the CSVs SupplyChainBench wrote.

Usage: supply_pandas.py DIR OUT.json [PRODUCT.json]. Timed: the computation on frames already in memory (median of 3
after a warm-up); the CSV load is reported apart. Same definitions as the product (see SupplyChainBench.HandWritten).
With PRODUCT.json (what `CommerceOps.Bench supply` wrote) the checksum (classified SKUs, class A, replenishment rows,
suggested units, lines to order) must equal the product's, else the script exits 1: a timing of two different
computations is no baseline."""
import json
import math
import sys
import time

import numpy as np
import pandas as pd

AS_OF_END = int(pd.Timestamp("2026-07-01", tz="UTC").timestamp())  # the instant after the last day
WINDOW = 90
START = AS_OF_END - WINDOW * 86400
WEEKS = WINDOW // 7
XYZ_START = AS_OF_END - WEEKS * 7 * 86400
Z = {"A": 2.0537489106318225, "B": 1.6448536269514722, "C": 0.0}


def compute(lines, positions):
    w = lines[(lines.placed_at >= START) & (lines.placed_at < AS_OF_END)]
    # Money as integer cents so ranking and class boundaries are exact, like DuckDB's decimals.
    cents = w.quantity.to_numpy(np.int64) * w.price_cents.to_numpy(np.int64)
    rev = pd.Series(cents, index=w.sku.to_numpy()).groupby(level=0).sum()
    rev = rev[rev > 0]
    ranked = pd.DataFrame({"sku": rev.index, "r": rev.to_numpy()}).sort_values(["r", "sku"], ascending=[False, True], kind="mergesort")
    total = ranked.r.sum()
    before = ranked.r.cumsum() - ranked.r
    ranked["abc"] = np.where(before * 100 < 80 * total, "A", np.where(before * 100 < 95 * total, "B", "C"))
    ranked["share"] = ranked.r / total
    ranked["cshare"] = (before + ranked.r) / total
    x = w[w.placed_at >= XYZ_START]
    weekly = x.groupby([x.sku, (x.placed_at - XYZ_START) // 604800]).quantity.sum()
    g = weekly.groupby(level=0)
    m = g.sum() / WEEKS
    m2 = (weekly.astype(float) ** 2).groupby(level=0).sum() / WEEKS
    cv = np.sqrt(np.maximum(m2 - m * m, 0)) / m.where(m > 0)
    ranked["cv"] = ranked.sku.map(cv)
    ranked["xyz"] = np.where(ranked.cv <= 0.5, "X", np.where(ranked.cv <= 1.0, "Y", "Z"))

    daily = w.groupby([w.sku, (w.placed_at - START) // 86400]).quantity.sum()
    dm = daily.groupby(level=0).sum() / WINDOW
    dm2 = (daily.astype(float) ** 2).groupby(level=0).sum() / WINDOW
    sold = w[w.quantity > 0]
    value = (sold.quantity * sold.price_cents).groupby(sold.sku).sum() / sold.quantity.groupby(sold.sku).sum() / 100
    p = positions.copy()
    k = p.groupby("sku").sku.transform("size")
    p["abc"] = p.sku.map(ranked.set_index("sku").abc).fillna("C")
    p["d"] = np.maximum(p.sku.map(dm).fillna(0), 0) / k
    p["sd"] = np.sqrt(np.maximum((p.sku.map(dm2) - p.sku.map(dm) ** 2).fillna(0), 0)) / k
    p["value"] = p.unit_cost.fillna(p.sku.map(value).round(2))
    position = p.on_hand - p.reserved + p.in_transit
    safety = p.abc.map(Z) * np.sqrt(p.lead_time_mean * p.sd ** 2 + p.d ** 2 * p.lead_time_sd ** 2)
    rop = p.d * p.lead_time_mean + safety
    upto = p.d * (p.lead_time_mean + 7) + safety
    eoq = np.where((p.value > 0) & (p.d > 0), np.sqrt(2 * 50 * p.d * 365 / (0.25 * p.value.where(p.value > 0, 1))), 0)
    needed = np.maximum(upto - position, eoq)
    units = np.maximum(np.ceil(needed), p.moq)
    qty = np.where((p.d > 0) & (position <= rop), np.ceil(units / p.pack_size) * p.pack_size, 0).astype(np.int64)
    p["qty"] = qty
    p = p.sort_values(["sku", "warehouse"], kind="mergesort")
    return {"classified": len(ranked), "classA": int((ranked.abc == "A").sum()), "rows": len(p),
            "suggestedUnits": int(qty.sum()), "toOrder": int((qty > 0).sum())}


def main():
    directory, out = sys.argv[1], sys.argv[2]
    t0 = time.perf_counter()
    lines = pd.read_csv(f"{directory}/lines.csv", dtype={"sku": "string", "quantity": np.int64, "unit_price": "string", "placed_at": np.int64})
    lines["price_cents"] = (lines.unit_price.astype(float) * 100).round().astype(np.int64)
    lines = lines.drop(columns="unit_price")
    positions = pd.read_csv(f"{directory}/positions.csv")
    load = time.perf_counter() - t0
    compute(lines, positions)
    times, result = [], None
    for _ in range(3):
        t = time.perf_counter()
        result = compute(lines, positions)
        times.append(time.perf_counter() - t)
    times.sort()
    report = {"pandas": pd.__version__, "loadSeconds": load, "seconds": times[1], "checksum": result}
    if len(sys.argv) > 3:
        product = json.load(open(sys.argv[3]))["productChecksum"]
        product = {k[0].lower() + k[1:]: v for k, v in product.items()}  # C# writes PascalCase names
        report["matchesProduct"] = product == result
    with open(out, "w") as f:
        json.dump(report, f)
    print(json.dumps(report))
    if report.get("matchesProduct") is False:
        print(f"supply_pandas: pandas {result} against the product's {product}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
