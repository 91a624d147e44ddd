using CommerceOps.Infrastructure.Alerts;
using CommerceOps.Server.Hosting;

namespace CommerceOps.Server.Alerts;

/// <summary>Evaluates the alert rules (at start, then every <see cref="AlertScheduleOptions.EvaluationInterval"/>).</summary>
public sealed class AlertEvaluationSweep(AlertEvaluator evaluator, ILogger<AlertEvaluationSweep> logger) : ISweep
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var results = await evaluator.EvaluateAsync(cancellationToken);
        logger.LogDebug("Evaluated {Count} alert rules.", results.Count);
    }
}
