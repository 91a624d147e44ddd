using CommerceOps.Domain.AfterSales;
using CommerceOps.Domain.Service;
using CommerceOps.Infrastructure.Service;

namespace CommerceOps.Server.Service;

public static class ServiceServiceCollectionExtensions
{
    /// <summary>The customer-service area: the data assistant (and, with it, the return policy it explains) and the knowledge base.</summary>
    public static IServiceCollection AddCustomerService(this IServiceCollection services)
    {
        services.AddSingleton(ReturnPolicy.Default);
        services.AddSingleton<ServiceAssistant>();
        services.AddScoped<AssistantFacts>();
        services.AddScoped<AssistantService>();
        services.AddSingleton<KnowledgeIndex>();
        services.AddScoped<KnowledgeBaseService>();
        return services;
    }
}
