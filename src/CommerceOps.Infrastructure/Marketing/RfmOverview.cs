using CommerceOps.Domain.Marketing;

namespace CommerceOps.Infrastructure.Marketing;

/// <summary>Segment sizes and value, lifecycle stages and the R×F grid as of a date, added up from <see cref="RfmGroup"/>s.</summary>
public sealed record RfmOverview(
    DateOnly AsOf, DateTimeOffset Cutoff, long Customers, decimal Monetary,
    IReadOnlyList<RfmOverview.Part> Segments, IReadOnlyList<RfmOverview.Part> Stages, IReadOnlyList<RfmOverview.Cell> Grid)
{
    /// <summary>A segment or stage: its size, share of customers, value (monetary sum) and averages.</summary>
    public sealed record Part(string Key, long Customers, double Share, decimal Monetary, decimal AverageMonetary, double AverageRecencyDays, double AverageFrequency);

    public sealed record Cell(int R, int F, string Segment, long Customers, decimal Monetary);

    public static RfmOverview From(RfmAsOf asOf, IReadOnlyList<RfmGroup> groups)
    {
        var customers = groups.Sum(g => g.Customers);
        Part ToPart(string key, IEnumerable<RfmGroup> members)
        {
            var list = members.ToList();
            var n = list.Sum(g => g.Customers);
            var monetary = list.Sum(g => g.Monetary);
            return new Part(key, n, customers == 0 ? 0 : (double)n / customers, monetary,
                n == 0 ? 0 : Math.Round(monetary / n, 2), n == 0 ? 0 : (double)list.Sum(g => g.RecencyDaysTotal) / n,
                n == 0 ? 0 : (double)list.Sum(g => g.FrequencyTotal) / n);
        }
        var segments = RfmSegments.All.Select(s => ToPart(s, groups.Where(g => g.Segment == s))).ToList();
        var stages = LifecycleStages.All.Select(s => ToPart(s, groups.Where(g => g.Stage == s))).ToList();
        var grid = (
            from r in Enumerable.Range(1, RfmScore.Quintiles)
            from f in Enumerable.Range(1, RfmScore.Quintiles)
            let cell = groups.Where(g => g.R == r && g.F == f).ToList()
            select new Cell(r, f, RfmSegments.Of(r, f), cell.Sum(g => g.Customers), cell.Sum(g => g.Monetary))).ToList();
        return new RfmOverview(asOf.Date, asOf.Cutoff, customers, groups.Sum(g => g.Monetary), segments, stages, grid);
    }
}
