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
        var engineCpu = MeasureCpu(() => PromotionEngine.Price(workload.Request, workload.Set), calls);
        var naiveCpu = MeasureCpu(() => NaivePromotionPricer.Total(workload.Request, workload.Definitions), Math.Max(100, calls / 10));

        var report = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        report.AppendLine(inv, $"### Promotion pricing — {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC");
        report.AppendLine();
        // The load average says how much the tail measures the engine and how much other processes taking the cores.
        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
        report.AppendLine(inv, $"Machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.ProcessArchitecture}, .NET {Environment.Version}; load average {load} at the end of the run. ");
        report.AppendLine(inv, $"Workload: {workload.Request.Lines.Count}-line cart, {workload.Set.Count} active promotions; {priced.Applied.Count} applied, {priced.NotApplied.Count} explained as not applied; total ¥{engineTotal:0.00} (the baseline's total is identical). Single-threaded, one call timed at a time.");
        report.AppendLine();
        report.AppendLine("| pricer | calls | p50 | p99 | max | target |");
        report.AppendLine("|---|---:|---:|---:|---:|---|");
        report.AppendLine(inv, $"| PromotionEngine (compiled set, cached) | {engine.Count} | {Ms(engine, 50)} | {Ms(engine, 99)} | {Ms(engine, 100)} | p99 ≤ 1 ms: {(Percentile(engine, 99) <= 1.0 ? "met" : "NOT met")} |");
        report.AppendLine(inv, $"| naive baseline (LINQ per request) | {naive.Count} | {Ms(naive, 50)} | {Ms(naive, 99)} | {Ms(naive, 100)} | |");
        report.AppendLine(inv, $"| ratio naive / engine | | {Percentile(naive, 50) / Percentile(engine, 50):0.0}× | {Percentile(naive, 99) / Percentile(engine, 99):0.0}× | | |");
        if (engineCpu is not null && naiveCpu is not null)
        {
            report.AppendLine(inv, $"| PromotionEngine, thread CPU time | {engineCpu.Count} | {Ms(engineCpu, 50)} | {Ms(engineCpu, 99)} | {Ms(engineCpu, 100)} | p99 ≤ 1 ms: {(Percentile(engineCpu, 99) <= 1.0 ? "met" : "NOT met")} |");
            report.AppendLine(inv, $"| naive baseline, thread CPU time | {naiveCpu.Count} | {Ms(naiveCpu, 50)} | {Ms(naiveCpu, 99)} | {Ms(naiveCpu, 100)} | |");
            report.AppendLine(inv, $"| ratio naive / engine (CPU time) | | {Percentile(naiveCpu, 50) / Percentile(engineCpu, 50):0.0}× | {Percentile(naiveCpu, 99) / Percentile(engineCpu, 99):0.0}× | | |");
        }
        report.AppendLine();
        report.AppendLine("Wall time includes the time other processes held the cores; thread CPU time (CLOCK_THREAD_CPUTIME_ID, Linux) counts only the pricing thread's own work, including GC it triggered on that thread.");
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

    /// <summary>Per-call CPU time of this thread, which a busy machine does not inflate; null where the clock is unavailable.</summary>
    private static List<double>? MeasureCpu(Action call, int count)
    {
        if (!OperatingSystem.IsLinux()) return null;
        var values = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            var start = ThreadCpuNanoseconds();
            call();
            values.Add((ThreadCpuNanoseconds() - start) / 1_000_000.0);
        }
        values.Sort();
        return values;
    }

    private static long ThreadCpuNanoseconds()
    {
        const int ClockThreadCpuTimeId = 3;
        if (clock_gettime(ClockThreadCpuTimeId, out var ts) != 0) throw new BenchException("clock_gettime failed");
        return ts.Seconds * 1_000_000_000 + ts.Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int clock_gettime(int clock, out Timespec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static string Ms(List<double> sorted, double p) => string.Create(CultureInfo.InvariantCulture, $"{Percentile(sorted, p):0.000} ms");
}
