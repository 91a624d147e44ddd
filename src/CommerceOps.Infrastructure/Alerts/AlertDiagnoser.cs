using CommerceOps.Domain.Alerts.Diagnosis;
using CommerceOps.Domain.Alerts.Rules;

namespace CommerceOps.Infrastructure.Alerts;

/// <summary>
/// Builds the automatic diagnosis of a rule that turned yellow or red: the drill-down over breakdown values, and the
/// payment checks when the drop is at or around payment (the cart or payment step, or the shop's conversion).
/// </summary>
public sealed class AlertDiagnoser(AlertMetricQuery metrics, PaymentChecksQuery payments)
{
    public AlertDiagnosis Diagnose(AlertRule rule, BaselineWindows windows, MetricReading reading)
    {
        var explanations = metrics.Explain(rule.Metric, rule.Step, windows, reading.BaselineWeeks);
        var paymentRelated = rule.Metric == AlertMetric.Conversion || (rule.Metric == AlertMetric.StepConversion && rule.Step is "cart" or "payment");
        var checks = paymentRelated ? payments.Run(windows, reading.BaselineWeeks, explanations.FirstOrDefault()) : [];
        return new AlertDiagnosis(rule.Metric.Name(), rule.Step, windows.Current.From, windows.Current.To,
            reading.Observation.Value, reading.Observation.Baseline, explanations, checks);
    }
}
