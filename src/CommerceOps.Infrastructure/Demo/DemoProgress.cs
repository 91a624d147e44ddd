namespace CommerceOps.Infrastructure.Demo;

/// <summary>Progress of one generation step ("catalog", "customers", "orders", "events").</summary>
public sealed record DemoProgress(string Step, long Done, long Total);
