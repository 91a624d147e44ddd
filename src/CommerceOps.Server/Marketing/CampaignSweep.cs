using CommerceOps.Infrastructure.Marketing.Campaigns;
using CommerceOps.Server.Hosting;

namespace CommerceOps.Server.Marketing;

/// <summary>
/// The background job behind triggered campaigns: fires the due campaigns and delivers deferred sends that came due
/// (at start, then every <see cref="Interval"/>).
/// </summary>
public sealed class CampaignSweep(CampaignRunner runner, ILogger<CampaignSweep> logger) : ISweep
{
    /// <summary>Setting <c>Campaigns:PollSeconds</c> (default 60, at least 1).</summary>
    public static TimeSpan Interval(IConfiguration configuration) =>
        TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("Campaigns:PollSeconds", 60)));

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var fired = await runner.RunDueAsync(cancellationToken);
        if (fired > 0) logger.LogInformation("Campaigns: {Fired} fired.", fired);
    }
}
