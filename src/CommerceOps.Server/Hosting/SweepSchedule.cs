namespace CommerceOps.Server.Hosting;

/// <summary>
/// How often <typeparamref name="TSweep"/> runs, and whether it also runs once at start. An interval of zero or less
/// turns the sweep off (the alert schedule's <c>00:00:00</c>).
/// </summary>
public sealed record SweepSchedule<TSweep>(TimeSpan Interval, bool RunAtStart) where TSweep : ISweep;
