namespace CommerceOps.Server.Hosting;

public static class SweepServiceCollectionExtensions
{
    /// <summary>Runs <typeparamref name="TSweep"/> (registered scoped) every <paramref name="interval"/> in the background.</summary>
    public static IServiceCollection AddSweep<TSweep>(this IServiceCollection services, TimeSpan interval, bool runAtStart = false)
        where TSweep : class, ISweep =>
        services.AddSweep<TSweep>(_ => interval, runAtStart);

    /// <summary>As above, with the interval read from configuration or options when the host starts.</summary>
    public static IServiceCollection AddSweep<TSweep>(this IServiceCollection services, Func<IServiceProvider, TimeSpan> interval, bool runAtStart = false)
        where TSweep : class, ISweep
    {
        services.AddScoped<TSweep>();
        services.AddSingleton(provider => new SweepSchedule<TSweep>(interval(provider), runAtStart));
        services.AddHostedService<PeriodicSweep<TSweep>>();
        return services;
    }
}
