namespace CommerceOps.Infrastructure.Demo;

public enum DemoScale
{
    /// <summary>Seeded at the server's first start: a few thousand customers, ~15,000 orders, ~300,000 behaviour events.</summary>
    Demo,
    /// <summary>For benchmarks: 1M customers, ~10M order lines, ~50M behaviour events.</summary>
    Large,
}

/// <summary>How much a scale generates. Sessions average about six behaviour events each.</summary>
public sealed record DemoScaleSettings(int Customers, int Orders, int Sessions, int Days)
{
    public static DemoScaleSettings For(DemoScale scale) => scale switch
    {
        DemoScale.Demo => new DemoScaleSettings(Customers: 3_000, Orders: 15_000, Sessions: 50_000, Days: 120),
        // ~1.75 lines per order → ~10M lines.
        DemoScale.Large => new DemoScaleSettings(Customers: 1_000_000, Orders: 5_700_000, Sessions: 8_300_000, Days: 120),
        _ => throw new ArgumentOutOfRangeException(nameof(scale)),
    };
}
