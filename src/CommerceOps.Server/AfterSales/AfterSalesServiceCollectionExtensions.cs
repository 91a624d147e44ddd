using CommerceOps.Domain.AfterSales;
using CommerceOps.Domain.Payments;
using CommerceOps.Infrastructure.AfterSales;
using CommerceOps.Infrastructure.Payments;
using CommerceOps.Server.Hosting;

namespace CommerceOps.Server.AfterSales;

public static class AfterSalesServiceCollectionExtensions
{
    /// <summary>Returns and refunds (policy, rules, SLA timer, evidence) and value-added services. The return policy itself is registered with the customer-service area.</summary>
    public static IServiceCollection AddAfterSales(this IServiceCollection services)
    {
        services.AddSingleton(ReturnSla.Default);
        services.AddSingleton<ReturnRuleStore>();
        services.AddSingleton<IRefundProvider, SimulatedRefundProvider>();
        services.AddScoped<EvidenceStore>();
        services.AddScoped<CustomerHistoryQuery>();
        services.AddScoped<ReturnService>();
        services.AddScoped<ReturnQueue>();
        services.AddScoped<ReturnSlaMonitor>();
        services.AddScoped<ValueAddedServices>();
        services.AddSweep<ReturnSlaSweep>(ReturnSlaSweep.Interval);
        return services;
    }
}
