using CommerceOps.Infrastructure.Analytics;
using CommerceOps.Infrastructure.Importing;
using CommerceOps.Server.Hosting;

namespace CommerceOps.Server.Analytics;

public static class AnalyticsServiceCollectionExtensions
{
    /// <summary>
    /// The DuckDB analytics store, the outbox projector and its background service, the metric queries (and the GMV
    /// rollup's refresher), and the signal write
    /// paths poke after saving (<see cref="OutboxSignal.Poke"/>). Needs the commerce storage registered.
    /// </summary>
    public static IServiceCollection AddAnalytics(this IServiceCollection services)
    {
        services.AddSingleton<AnalyticsStore>();
        services.AddScoped<OutboxProjector>();
        services.AddHostedService<OutboxProjectionService>();
        services.AddSingleton<FunnelQuery>();
        services.AddSingleton<GmvTreeQuery>();
        services.AddSingleton<DailyRollups>();
        services.AddSweep<DailyRollupsSweep>(DailyRollupsSweep.Interval, runAtStart: true);
        services.AddSingleton<SessionDepthQuery>();
        services.AddScoped<SellThroughQuery>();
        services.AddSingleton<StockSellThroughQuery>();
        services.AddSingleton<SalesHeatMapQuery>();
        services.AddSingleton<ChannelRoiQuery>();
        services.AddSingleton<AdClickThroughQuery>();
        services.AddSingleton<AnalyticsFreshnessQuery>();
        services.AddSingleton<AnalyticsResultCache>();
        services.AddSingleton<MarketingSpendImporter>();
        return services;
    }
}
