using CommerceOps.Bench;

// Driven by bench/run.sh. Every command is bounded in count and time and talks only to a loopback address.
//   checkout    --url http://127.0.0.1:PORT --data DIR [--workers 8] [--duration 30] [--warmup 5] [--max-orders 200000] [--payment quick_pay|cash_on_delivery] --out FILE --label TEXT
//   ingest-http --url http://127.0.0.1:PORT --data DIR [--workers 2] [--batches 200] [--batch-size 1000] --out FILE
//   ingest-raw  --dir DIR [--batches 200] [--batch-size 1000] --out FILE
//   adlaw-scan  [--terms 1000] [--listings 50000] [--rounds 5] [--out FILE]   (in-process, one thread)
//   analytics   --dir DIR --from yyyy-MM-dd --to yyyy-MM-dd [--runs 3] [--export DIR] --out FILE
//   rfm         --data DIR --as-of yyyy-MM-dd [--runs 5] --out FILE [--lines-csv FILE] [--product-csv FILE]
//   audience    --dir DIR [--customers 1000000] [--runs 5] --out FILE   campaign audiences over generated facts
//   pricing     [--calls 20000] [--append docs/benchmarks.md]   p50/p99 of pricing a 100-line cart with 50 promotions, naive baseline beside
//   pricing-bdn [BenchmarkDotNet arguments]                       the same two pricers under BenchmarkDotNet (mean, median, p95, allocations)
//   supply      --dir DIR [--skus 100000] [--warehouses 10] [--lines 10000000] --out FILE
//   assistant   --dir DIR [--products 100000] [--questions 20000] --out FILE   (SQLite store kept in DIR)
//   kb          --dir DIR [--articles 1000000] [--queries 5000] --out FILE     (Lucene index kept in DIR)
//   pages       --url http://127.0.0.1:PORT --data DIR [--requests 20] [--pages /,/gmv] [--query from=D&to=D] --out FILE
try
{
    if (args.Length == 0) return Usage();
    if (args[0] == "pricing-bdn")
    {
        BenchmarkDotNet.Running.BenchmarkRunner.Run<CommerceOps.Bench.Pricing.PricingBenchmarks>(args: args[1..]);
        return 0;
    }
    var options = Options.Parse(args.Skip(1));
    return args[0] switch
    {
        "checkout" => await CheckoutLoad.RunAsync(options),
        "ingest-http" => await IngestionLoad.RunHttpAsync(options),
        "ingest-raw" => IngestionLoad.RunRaw(options),
        "adlaw-scan" => AdLawScanBenchmark.Run(options),
        "analytics" => AnalyticsBench.Run(options),
        "rfm" => RfmBench.Run(options),
        "audience" => AudienceBench.Run(options),
        "pricing" => CommerceOps.Bench.Pricing.PricingLatency.Run(options),
        "supply" => SupplyChainBench.Run(options),
        "assistant" => await AssistantLoad.RunAsync(options),
        "kb" => KnowledgeLoad.Run(options),
        "pages" => await PageRenderLoad.RunAsync(options),
        _ => Usage(),
    };
}
catch (BenchException e)
{
    Console.Error.WriteLine($"bench: {e.Message}");
    return 2;
}

static int Usage()
{
    Console.Error.WriteLine("usage: CommerceOps.Bench checkout|ingest-http|ingest-raw|adlaw-scan|analytics|rfm|pricing|pricing-bdn|supply|assistant|kb|pages [--option value]...  (see bench/run.sh)");
    return 64;
}
