using System.Globalization;
using System.Text.Json;
using CommerceOps.Domain.Alerts;
using CommerceOps.Domain.Alerts.Diagnosis;
using CommerceOps.Domain.Alerts.Rules;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Alerts;

/// <summary>
/// Evaluates every enabled rule against the analytics store as of now: each yellow or red opens or updates the rule's
/// alert in the inbox (source <c>metrics</c>, key <c>rule-ID</c>) with its diagnosis; a rule that clears resolves it.
/// The DuckDB queries run before the unit of work, so the commerce store's write gate is held only to save.
/// </summary>
public sealed class AlertEvaluator(
    CommerceDbContext db, UnitOfWork unitOfWork, IAlertInbox inbox, AlertMetricQuery metrics, AlertDiagnoser diagnoser, TimeProvider time)
{
    public const string Source = "metrics";

    public async Task<IReadOnlyList<RuleCheckResult>> EvaluateAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var windows = BaselineWindows.At(now);
        // Read and diagnose on detached copies first; the unit of work below repeats the (cheap) state change on tracked rules.
        var rules = await db.AlertRules.AsNoTracking().Where(r => r.Enabled).OrderBy(r => r.Id).ToListAsync(cancellationToken);
        var readings = new Dictionary<long, MetricReading>();
        var diagnoses = new Dictionary<long, AlertDiagnosis>();
        foreach (var rule in rules)
        {
            var reading = metrics.Read(rule.Metric, rule.Step, windows);
            readings[rule.Id] = reading;
            if (rule.Evaluate(reading.Observation, now).Level is not null) diagnoses[rule.Id] = diagnoser.Diagnose(rule, windows, reading);
        }

        return await unitOfWork.RunAsync(async ct =>
        {
            var results = new List<RuleCheckResult>();
            var tracked = await db.AlertRules.Where(r => r.Enabled).OrderBy(r => r.Id).ToListAsync(ct);
            foreach (var rule in tracked)
            {
                if (!readings.TryGetValue(rule.Id, out var reading)) continue; // created meanwhile: the next run evaluates it
                var evaluation = rule.Evaluate(reading.Observation, now);
                results.Add(RuleCheckResult.Of(evaluation));
                if (evaluation.Level is { } level)
                {
                    if (evaluation.Status is RuleStatus.InsufficientSample or RuleStatus.NoBaseline) continue; // held, nothing new to say
                    var diagnosis = diagnoses.GetValueOrDefault(rule.Id) ?? diagnoser.Diagnose(rule, windows, reading);
                    await inbox.RaiseAsync(Notice(rule, level, evaluation, diagnosis), ct);
                }
                else if (evaluation.Cleared) await inbox.ResolveAsync(Source, rule.AlertKey, ct);
            }
            return (IReadOnlyList<RuleCheckResult>)results;
        }, cancellationToken);
    }

    private static AlertNotice Notice(AlertRule rule, AlertLevel level, RuleEvaluation evaluation, AlertDiagnosis diagnosis)
    {
        var o = evaluation.Observation;
        var change = o is { Value: { } v, Baseline: { } b } && b != 0 ? string.Create(CultureInfo.InvariantCulture, $", {(v - b) / b * 100:+0.0;-0.0}%") : "";
        var title = string.Create(CultureInfo.InvariantCulture, $"{rule.Name}: {Format(o.Value)} (baseline {Format(o.Baseline)}{change})");
        var top = diagnosis.Explanations.FirstOrDefault();
        var detail = top is null
            ? "No breakdown value stands out."
            : string.Create(CultureInfo.InvariantCulture, $"{top.Dimension}={top.Value} explains {top.ShareOfChange:P0} of the change with {top.ShareOfVolume:P0} of the volume.");
        var suspects = diagnosis.Checks.Where(c => c.Verdict == DiagnosisCheck.Suspect).Select(c => $"{c.Check} ({c.Subject})").ToList();
        if (suspects.Count > 0) detail += " Suspect: " + string.Join("; ", suspects) + ".";
        return new AlertNotice(Source, rule.AlertKey, level, title, detail, "/alerts", JsonSerializer.Serialize(diagnosis, AlertJson.Options));
    }

    private static string Format(double? value) => value switch
    {
        null => "–",
        { } v when Math.Abs(v) < 10 => v.ToString("0.####", CultureInfo.InvariantCulture),
        { } v => v.ToString("0.##", CultureInfo.InvariantCulture),
    };
}
