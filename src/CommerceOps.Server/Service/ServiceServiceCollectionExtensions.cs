using CommerceOps.Domain.AfterSales;
using CommerceOps.Domain.Service;
using CommerceOps.Infrastructure.Service;
using CommerceOps.Server.Hosting;

namespace CommerceOps.Server.Service;

public static class ServiceServiceCollectionExtensions
{
    /// <summary>The customer-service area: the data assistant (and, with it, the return policy it explains), the knowledge base and the service desk.</summary>
    public static IServiceCollection AddCustomerService(this IServiceCollection services)
    {
        services.AddSingleton(ReturnPolicy.Default);
        services.AddSingleton<ServiceAssistant>();
        services.AddScoped<AssistantFacts>();
        services.AddScoped<AssistantService>();
        services.AddSingleton<KnowledgeIndex>();
        services.AddScoped<KnowledgeBaseService>();
        services.AddScoped<TicketService>();
        services.AddScoped<TicketQueries>();
        services.AddScoped<ServiceKpiQuery>();
        services.AddScoped<TicketSlaMonitor>();
        services.AddSweep<TicketSlaSweep>(TicketSlaSweep.Interval);
        return services;
    }
}
