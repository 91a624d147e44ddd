#!/usr/bin/python3
"""The 30-day funnel and the GMV tree computed in pandas on the rows `CommerceOps.Bench analytics --export` wrote.

usage: analytics_pandas.py EXPORT_DIR DUCK_RESULT.json OUT.json

Same semantics as FunnelQuery (each step-1 event starts a chain; each next step is the earliest event at or after
the previous one, within 24 h of the step-1 event: pandas.merge_asof forward with exact matches) and as GmvTreeQuery
(visitors = distinct users without ad impressions; buyers, orders, repeat buyers and GMV of orders not cancelled, per
period). Loading the CSV is timed apart from the computation; the computation is the median of 3 runs.
Money is summed as integer cents (exact, as DuckDB's decimals are). The answers are compared with DuckDB's (users and
median seconds to convert per funnel step; visitors, buyers, orders, repeat buyers and GMV for every period of the
tree): a difference writes the result and exits 1, so a benchmark of two different computations cannot pass.
"""
import json
import statistics
import sys
import time

import pandas as pd

export_dir, duck_json, out_json = sys.argv[1:4]
duck = json.load(open(duck_json))
WINDOW_US = 24 * 3600 * 1_000_000

started = time.perf_counter()
events = pd.read_csv(f"{export_dir}/events.csv", dtype={"u": "int64", "ts": "int64", "s": "int8"})
orders = pd.read_csv(f"{export_dir}/orders.csv", dtype={"buyer": "int64", "ts": "int64", "total_cents": "int64", "cancelled": "bool"})
load_s = time.perf_counter() - started


def funnel():
    f_from, f_to = duck["funnel_period"]
    ev = events[(events.ts >= f_from) & (events.ts < f_to) & (events.s > 0)]
    chains = ev.loc[ev.s == 1, ["u", "ts"]].rename(columns={"ts": "t1"})
    chains["tk"] = chains["t1"]
    steps = []
    for k in range(1, 7):
        if k > 1:
            nxt = ev.loc[ev.s == k, ["u", "ts"]].sort_values("ts")
            m = pd.merge_asof(chains.sort_values("tk"), nxt, left_on="tk", right_on="ts", by="u",
                              direction="forward", allow_exact_matches=True)
            m = m[m.ts.notna() & (m.ts <= m.t1 + WINDOW_US)]
            chains = pd.DataFrame({"u": m.u.values, "t1": m.t1.values, "tk": m.ts.astype("int64").values})
        fastest = ((chains.tk - chains.t1) / 1e6).groupby(chains.u).min()
        steps.append((len(fastest), fastest.median() if len(fastest) else None, fastest.mean() if len(fastest) else None))
    return steps


def gmv_tree():
    visits = events[events.s != -1]
    paid = orders[~orders.cancelled]
    result = []
    for f, t in duck["gmv_periods"]:
        visitors = visits.u[(visits.ts >= f) & (visits.ts < t)].nunique()
        o = paid[(paid.ts >= f) & (paid.ts < t)]
        per_buyer = o.groupby("buyer").agg(orders=("ts", "size"), gmv=("total_cents", "sum"))
        result.append([int(visitors), len(per_buyer), int(per_buyer.orders.sum()), int((per_buyer.orders >= 2).sum()), int(per_buyer.gmv.sum())])
    return result


def timed(fn):
    answer = fn()
    times = []
    for _ in range(3):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), answer


# The funnel only when DuckDB's side measured it (`--computations gmv` leaves it out).
with_funnel = "funnel_users" in duck
funnel_ms, funnel_steps = timed(funnel) if with_funnel else (None, [])
gmv_ms, gmv = timed(gmv_tree)
funnel_users = [int(s[0]) for s in funnel_steps]
funnel_medians = [None if s[1] is None else round(float(s[1]), 3) for s in funnel_steps]
duck_gmv = [[int(v), int(b), int(o), int(r), round(float(g) * 100)] for v, b, o, r, g in duck["gmv_factors"]]
result = {
    "pandas": pd.__version__,
    "load_csv_s": round(load_s, 1),
    "events_rows": len(events),
    "orders_rows": len(orders),
    "funnel_pandas_ms": round(funnel_ms, 1) if with_funnel else None,
    "funnel_users": funnel_users,
    "funnel_median_seconds": funnel_medians,
    "funnel_same_answer": not with_funnel or (funnel_users == duck["funnel_users"] and funnel_medians == duck["funnel_median_seconds"]),
    "gmv_tree_pandas_ms": round(gmv_ms, 1),
    "gmv_factors_cents": gmv,
    "gmv_same_answer": gmv == duck_gmv,
}
json.dump(result, open(out_json, "w"))
print(json.dumps(result))
if not (result["funnel_same_answer"] and result["gmv_same_answer"]):
    print(f"analytics_pandas: pandas disagrees with DuckDB: funnel {funnel_users} {funnel_medians} against "
          f"{duck.get('funnel_users')} {duck.get('funnel_median_seconds')}; GMV tree {gmv} against {duck_gmv}", file=sys.stderr)
    sys.exit(1)
