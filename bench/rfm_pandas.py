"""RFM by pandas, the baseline of `CommerceOps.Bench rfm`: the order lines are loaded first (not timed), then the
issue's definition is computed in memory and timed. Usage: rfm_pandas.py LINES.csv CUTOFF_UNIX_SECONDS OUT.json [PRODUCT.csv]
With PRODUCT.csv (what the product wrote) the result is compared row for row, so both computed the same thing."""
import json, sys, time
import numpy as np
import pandas as pd

lines_csv, cutoff, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
lines = pd.read_csv(lines_csv, dtype={"order_number": str, "customer_code": str, "status": str})
runs = []
for _ in range(3):
    t0 = time.perf_counter()
    d = lines[lines.customer_code.notna() & (lines.placed_at < cutoff)]
    amount = d.quantity * d.unit_price
    orders = (d.assign(amount=amount)
                .groupby(["customer_code", "order_number"], sort=False)
                .agg(status=("status", "first"), placed_at=("placed_at", "first"), total=("amount", "sum"))
                .reset_index())
    kept = orders[orders.status != "cancelled"]
    c = kept.groupby("customer_code").agg(last=("placed_at", "max"), frequency=("order_number", "size"))
    counted = orders[(orders.status != "cancelled") | (orders.total < 0)]
    c["monetary"] = counted.groupby("customer_code").total.sum().reindex(c.index, fill_value=0)
    c["recency_days"] = (cutoff - c["last"]) // 86400
    c = c.reset_index().sort_values("customer_code", kind="stable").reset_index(drop=True)
    n = len(c)
    for col, key, asc in (("r", "recency_days", False), ("f", "frequency", True), ("m", "monetary", True)):
        order = c.sort_values([key, "customer_code"], ascending=[asc, True], kind="stable").index
        rank = np.empty(n, dtype=np.int64)
        rank[order] = np.arange(n)
        c[col] = 1 + 5 * rank // n
    seg = np.empty((6, 6), dtype=object)
    for r in range(1, 6):
        for f in range(1, 6):
            seg[r, f] = ("champions" if r == 5 and f >= 4 else "loyal" if r in (3, 4) and f >= 4
                         else "potential_loyalists" if r >= 4 and f in (2, 3) else "new_customers" if (r, f) == (5, 1)
                         else "promising" if (r, f) == (4, 1) else "need_attention" if (r, f) == (3, 3)
                         else "about_to_sleep" if r == 3 else "at_risk" if f in (3, 4) else "cannot_lose" if f == 5 else "hibernating")
    c["segment"] = seg[c.r.values, c.f.values]
    runs.append(time.perf_counter() - t0)

result = {"benchmark": "rfm-pandas", "pandas": pd.__version__, "customers": n, "lines": len(lines),
          "seconds": round(sorted(runs)[1], 3), "runs": [round(r, 3) for r in runs]}
if len(sys.argv) > 4:
    product = pd.read_csv(sys.argv[4], dtype={"customer_id": str})
    mine = c[["customer_code", "recency_days", "frequency", "monetary", "r", "f", "m", "segment"]]
    result["matchesProduct"] = bool(len(product) == n
        and (product.customer_id.values == mine.customer_code.values).all()
        and (product[["recency_days", "frequency", "r", "f", "m"]].values == mine[["recency_days", "frequency", "r", "f", "m"]].values).all()
        and (product.segment.values == mine.segment.values).all()
        and np.allclose(product.monetary.values, mine.monetary.round(2).values, atol=0.006))
json.dump(result, open(out, "w"))
print(json.dumps(result), file=sys.stderr)
