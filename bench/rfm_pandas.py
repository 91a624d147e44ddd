"""RFM by pandas, the baseline of `CommerceOps.Bench rfm`: the order lines are loaded first (not timed), then the
issue's definition is computed in memory and timed. Usage: rfm_pandas.py LINES.csv CUTOFF_UNIX_SECONDS OUT.json [PRODUCT.csv]
LINES.csv has placed_at_us (Unix microseconds) and unit_price_cents, so every measure is an exact integer: recency is
whole days from the exact instant, monetary is ranked on the exact sum (in cents) and ties go to the customer id in
ordinal order, as the product does. With PRODUCT.csv (what the product wrote) the result is compared row for row; a
difference is reported (first differing rows) and the script exits 1."""
import json, sys, time
import numpy as np
import pandas as pd

DAY_US = 86_400_000_000
lines_csv, cutoff, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
cutoff_us = cutoff * 1_000_000
lines = pd.read_csv(lines_csv, dtype={"order_number": str, "customer_code": str, "status": str,
                                      "placed_at_us": "int64", "quantity": "int64", "unit_price_cents": "int64"})
runs = []
for _ in range(3):
    t0 = time.perf_counter()
    d = lines[lines.customer_code.notna() & (lines.placed_at_us < cutoff_us)]
    amount = d.quantity * d.unit_price_cents
    orders = (d.assign(amount=amount)
                .groupby(["customer_code", "order_number"], sort=False)
                .agg(status=("status", "first"), placed_at=("placed_at_us", "first"), total=("amount", "sum"))
                .reset_index())
    kept = orders[orders.status != "cancelled"]
    c = kept.groupby("customer_code").agg(last=("placed_at", "max"), frequency=("order_number", "size"))
    counted = orders[(orders.status != "cancelled") | (orders.total < 0)]
    c["monetary_cents"] = counted.groupby("customer_code").total.sum().reindex(c.index, fill_value=0).astype("int64")
    c["recency_days"] = (cutoff_us - c["last"]) // DAY_US
    c = c.reset_index().sort_values("customer_code", kind="stable").reset_index(drop=True)
    n = len(c)
    # c is in customer id order, so a stable sort on the (integer) measure alone breaks ties by customer id.
    for col, key, sign in (("r", "recency_days", -1), ("f", "frequency", 1), ("m", "monetary_cents", 1)):
        order = np.argsort(sign * c[key].values.astype("int64"), kind="stable")
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
failed = False
if len(sys.argv) > 4:
    product = pd.read_csv(sys.argv[4], dtype={"customer_id": str, "monetary": str})
    # The product writes monetary with two decimals: compare it as exact cents.
    product["monetary_cents"] = product.monetary.str.replace(".", "", regex=False).astype("int64")
    columns = ["recency_days", "frequency", "monetary_cents", "r", "f", "m", "segment"]
    same_ids = len(product) == n and bool((product.customer_id.values == c.customer_code.values).all())
    differing = [] if not same_ids else [col for col in columns if not (product[col].values == c[col].values).all()]
    result["matchesProduct"] = same_ids and not differing
    if not result["matchesProduct"]:
        failed = True
        if not same_ids:
            print(f"rfm_pandas: {len(product)} product rows against {n}, or customer ids in another order", file=sys.stderr)
        else:
            rows = np.flatnonzero(np.any([product[col].values != c[col].values for col in differing], axis=0))
            print(f"rfm_pandas: {len(rows)} rows differ in {differing}; first ones:", file=sys.stderr)
            print(pd.concat([product.iloc[rows[:5]][["customer_id"] + columns].add_prefix("product_").reset_index(drop=True),
                             c.iloc[rows[:5]][["customer_code"] + columns].add_prefix("pandas_").reset_index(drop=True)], axis=1)
                  .to_string(), file=sys.stderr)
json.dump(result, open(out, "w"))
print(json.dumps(result), file=sys.stderr)
sys.exit(1 if failed else 0)
