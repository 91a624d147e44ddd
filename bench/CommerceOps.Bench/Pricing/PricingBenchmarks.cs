using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using CommerceOps.Domain.Marketing.Promotions;

namespace CommerceOps.Bench.Pricing;

/// <summary>BenchmarkDotNet: mean, median and p95 per priced cart, the naive pricer as the baseline (ratio column).</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 5, iterationCount: 15)]
[Config(typeof(Percentiles))]
public class PricingBenchmarks
{
    private readonly PricingWorkload _workload = new();

    [Benchmark(Baseline = true, Description = "naive (LINQ, every promotion × every line, per request)")]
    public decimal Naive() => NaivePromotionPricer.Total(_workload.Request, _workload.Definitions);

    [Benchmark(Description = "PromotionEngine (compiled set)")]
    public decimal Engine() => PromotionEngine.Price(_workload.Request, _workload.Set).Total;

    private sealed class Percentiles : BenchmarkDotNet.Configs.ManualConfig
    {
        public Percentiles() => AddColumn(StatisticColumn.Median, StatisticColumn.P95);
    }
}
