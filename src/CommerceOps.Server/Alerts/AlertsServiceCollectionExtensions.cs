using CommerceOps.Infrastructure.Alerts;
using CommerceOps.Infrastructure.Alerts.Webhooks;
using CommerceOps.Server.Hosting;
using Microsoft.Extensions.Options;

namespace CommerceOps.Server.Alerts;

public static class AlertsServiceCollectionExtensions
{
    public static readonly TimeSpan WebhookTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Alert rules, their evaluation (on demand and scheduled), the inbox queries and webhook delivery. Needs analytics registered.</summary>
    public static IServiceCollection AddAlerts(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AlertScheduleOptions>(configuration.GetSection("Alerts"));
        services.AddSingleton<AlertMetricQuery>();
        services.AddSingleton<PaymentChecksQuery>();
        services.AddSingleton<AlertDiagnoser>();
        services.AddScoped<AlertEvaluator>();
        services.AddScoped<AlertRuleService>();
        services.AddScoped<AlertInboxQueries>();
        services.AddScoped<WebhookService>();
        services.AddScoped<WebhookFanOut>();
        services.AddHttpClient<WebhookSender>(c => c.Timeout = WebhookTimeout);
        services.AddSweep<AlertEvaluationSweep>(p => p.GetRequiredService<IOptions<AlertScheduleOptions>>().Value.EvaluationInterval, runAtStart: true);
        services.AddSweep<WebhookDeliverySweep>(p => p.GetRequiredService<IOptions<AlertScheduleOptions>>().Value.WebhookInterval, runAtStart: true);
        return services;
    }
}
