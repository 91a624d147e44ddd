using CommerceOps.Infrastructure.Inventory;
using CommerceOps.Infrastructure.Logistics;
using CommerceOps.Infrastructure.Purchasing;
using CommerceOps.Server.Hosting;

namespace CommerceOps.Server.Logistics;

public static class FulfilmentServiceCollectionExtensions
{
    /// <summary>Delivery promises, order routing, tracking, late-shipment alerts, virtual inventory and customs.</summary>
    public static IServiceCollection AddFulfilment(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = FulfilmentSettings.From(configuration);
        services.AddSingleton(settings);
        services.AddSingleton(new FulfilmentPlanner(settings.Routing, settings.Promises));
        services.AddScoped<TrackingRecorder>();
        services.AddScoped<LateShipmentMonitor>();
        services.AddScoped<CustomsService>();
        services.AddScoped<VirtualStockPublisher>();
        services.AddScoped<DropShipRequests>();
        services.AddScoped<VirtualInventoryReport>();
        services.AddSweep<LateShipmentSweep>(LateShipmentSweep.Interval);
        return services;
    }
}
