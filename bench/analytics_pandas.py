#!/usr/bin/python3
"""The 30-day funnel and the GMV tree computed in pandas on the rows `CommerceOps.Bench analytics --export` wrote.

usage: analytics_pandas.py EXPORT_DIR DUCK_RESULT.json OUT.json

Same semantics as FunnelQuery (each step-1 event starts a chain; each next step is the earliest event at or after
the previous one, within 24 h of the step-1 event: pandas.merge_asof forward with exact matches) and as GmvTreeQuery
(visitors = distinct users without ad impressions; buyers, orders, repeat buyers and GMV of orders not cancelled, per
period). Loading the CSV is timed apart from the computation; the computation is the median of 3 runs.
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
orders = pd.read_csv(f"{export_dir}/orders.csv", dtype={"buyer": "int64", "ts": "int64", "total": "float64", "cancelled": "bool"})
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
    return [s[0] for s in steps]


def gmv_tree():
    visits = events[events.s != -1]
    paid = orders[~orders.cancelled]
    result = []
    for f, t in duck["gmv_periods"]:
        visitors = visits.u[(visits.ts >= f) & (visits.ts < t)].nunique()
        o = paid[(paid.ts >= f) & (paid.ts < t)]
        per_buyer = o.groupby("buyer").agg(orders=("ts", "size"), gmv=("total", "sum"))
        result.append((visitors, len(per_buyer), int(per_buyer.orders.sum()), int((per_buyer.orders >= 2).sum()), round(float(per_buyer.gmv.sum()), 2)))
    return result


def timed(fn):
    answer = fn()
    times = []
    for _ in range(3):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), answer


funnel_ms, funnel_users = timed(funnel)
gmv_ms, gmv = timed(gmv_tree)
result = {
    "pandas": pd.__version__,
    "load_csv_s": round(load_s, 1),
    "events_rows": len(events),
    "funnel_pandas_ms": round(funnel_ms, 1),
    "funnel_users": funnel_users,
    "funnel_same_answer": funnel_users == duck["funnel_users"],
    "gmv_tree_pandas_ms": round(gmv_ms, 1),
    "gmv_current": gmv[0],
    "gmv_same_answer": [float(x) for x in gmv[0]] == [float(x) for x in duck["gmv_current"]],
}
json.dump(result, open(out_json, "w"))
print(json.dumps(result))
