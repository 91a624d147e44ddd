using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using CommerceOps.Domain.Marketing.Promotions;

namespace CommerceOps.Bench.Pricing;

/// <summary>
/// p50/p99 of single pricing calls (BenchmarkDotNet reports means of batches, not the tail), the engine and the
/// naive baseline measured alternately in the same process, after checking they agree on the total.
/// </summary>
public static class PricingLatency
{
    public static int Run(Options options)
    {
        var calls = options.Int("calls", 20_000, 100, 10_000_000);
        var workload = new PricingWorkload();
        var engineTotal = PromotionEngine.Price(workload.Request, workload.Set).Total;
        var naiveTotal = NaivePromotionPricer.Total(workload.Request, workload.Definitions);
        if (engineTotal != naiveTotal) throw new BenchException($"engine total {engineTotal} differs from the baseline's {naiveTotal}");
        var priced = PromotionEngine.Price(workload.Request, workload.Set);

        Measure(() => PromotionEngine.Price(workload.Request, workload.Set), calls / 4); // JIT tiering warm-up
        Measure(() => NaivePromotionPricer.Total(workload.Request, workload.Definitions), calls / 20);
        var engine = Measure(() => PromotionEngine.Price(workload.Request, workload.Set), calls);
        var naive = Measure(() => NaivePromotionPricer.Total(workload.Request, workload.Definitions), Math.Max(100, calls / 10));

        var report = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        report.AppendLine(inv, $"### Promotion pricing — {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC");
        report.AppendLine();
        report.AppendLine(inv, $"Machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.ProcessArchitecture}, .NET {Environment.Version}. ");
        report.AppendLine(inv, $"Workload: {workload.Request.Lines.Count}-line cart, {workload.Set.Count} active promotions; {priced.Applied.Count} applied, {priced.NotApplied.Count} explained as not applied; total ¥{engineTotal:0.00} (the baseline's total is identical). Single-threaded, one call timed at a time.");
        report.AppendLine();
        report.AppendLine("| pricer | calls | p50 | p99 | max | target |");
        report.AppendLine("|---|---:|---:|---:|---:|---|");
        report.AppendLine(inv, $"| PromotionEngine (compiled set, cached) | {engine.Count} | {Ms(engine, 50)} | {Ms(engine, 99)} | {Ms(engine, 100)} | p99 ≤ 1 ms: {(Percentile(engine, 99) <= 1.0 ? "met" : "NOT met")} |");
        report.AppendLine(inv, $"| naive baseline (LINQ per request) | {naive.Count} | {Ms(naive, 50)} | {Ms(naive, 99)} | {Ms(naive, 100)} | |");
        report.AppendLine(inv, $"| ratio naive / engine | | {Percentile(naive, 50) / Percentile(engine, 50):0.0}× | {Percentile(naive, 99) / Percentile(engine, 99):0.0}× | | |");
        Console.Write(report);
        if (options.Get("append") is { } doc) File.AppendAllText(doc, Environment.NewLine + report);
        return 0;
    }

    private static List<double> Measure(Action call, int count)
    {
        var values = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            call();
            values.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
        values.Sort();
        return values;
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static string Ms(List<double> sorted, double p) => string.Create(CultureInfo.InvariantCulture, $"{Percentile(sorted, p):0.000} ms");
}
