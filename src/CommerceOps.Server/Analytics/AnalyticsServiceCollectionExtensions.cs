using CommerceOps.Infrastructure.Analytics;

namespace CommerceOps.Server.Analytics;

public static class AnalyticsServiceCollectionExtensions
{
    /// <summary>
    /// The DuckDB analytics store, the outbox projector and its background service, and the signal write
    /// paths poke after saving (<see cref="OutboxSignal.Poke"/>). Needs the commerce storage registered.
    /// </summary>
    public static IServiceCollection AddAnalytics(this IServiceCollection services)
    {
        services.AddSingleton<AnalyticsStore>();
        services.AddScoped<OutboxProjector>();
        services.AddHostedService<OutboxProjectionService>();
        return services;
    }
}
