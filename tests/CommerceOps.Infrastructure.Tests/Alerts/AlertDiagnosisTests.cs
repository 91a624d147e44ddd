using System.Text.Json;
using CommerceOps.Domain.Alerts;
using CommerceOps.Domain.Alerts.Diagnosis;
using CommerceOps.Domain.Alerts.Rules;
using CommerceOps.Domain.Analytics;
using CommerceOps.Infrastructure.Alerts;
using CommerceOps.Infrastructure.Analytics;
using CommerceOps.Infrastructure.Demo;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace CommerceOps.Infrastructure.Tests.Alerts;

/// <summary>
/// Generated checkout sessions where, today only, quick pay in one province fails (<see cref="DemoPaymentIncident"/>,
/// planted in 浙江 here, not the demo's 广东): the payment-step rule must turn red and the diagnosis must name that province first.
/// </summary>
public sealed class AlertDiagnosisTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 7, 30, 0, TimeSpan.Zero); // Thursday 15:30 in China
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(TestStore Store, List<BehaviourEvent> Events)> PlantAsync(string province)
    {
        var store = await TestStore.CreateAsync();
        var events = new DemoPaymentIncident(new DemoRandom(7), Now, province, sessionsPerDay: 300).Generate().ToList();
        await store.Analytics.AppendBehaviourEventsAsync(events, Ct);
        return (store, events);
    }

    /// <summary>Payment-step conversion computed here from the generated events, not with the store's SQL.</summary>
    private static double Conversion(IEnumerable<BehaviourEvent> events, AnalyticsPeriod window)
    {
        var sessions = events.Where(e => e.OccurredAt >= window.From && e.OccurredAt < window.To).GroupBy(e => e.SessionId).ToList();
        var entered = sessions.Where(s => s.Any(e => e.PageType == "payment" || e.Type is "checkout_start" or "payment_submit")).ToList();
        return (double)entered.Count(s => s.Any(e => e.Type == "purchase")) / entered.Count;
    }

    [Fact]
    public async Task The_broken_province_is_the_top_explanation_and_the_payment_checks_point_at_quick_pay()
    {
        var (store, events) = await PlantAsync("浙江");
        await using var _ = store;
        var windows = BaselineWindows.At(Now);
        var query = new AlertMetricQuery(store.Analytics);

        var reading = query.Read(AlertMetric.StepConversion, "payment", windows);
        Assert.Equal(Conversion(events, windows.Current), reading.Observation.Value!.Value, 9);
        var expectedBaseline = windows.Baseline.Select(w => Conversion(events, w)).Average();
        Assert.Equal(expectedBaseline, reading.Observation.Baseline!.Value, 9);
        Assert.Equal(4, reading.BaselineWeeks);
        Assert.True(reading.Observation.Value < 0.8 * reading.Observation.Baseline, $"{reading.Observation}");

        var rule = new AlertRule(DemoPaymentIncident.PaymentRule, Now);
        var diagnosis = new AlertDiagnoser(query, new PaymentChecksQuery(store.Analytics)).Diagnose(rule, windows, reading);
        var top = diagnosis.Explanations[0];
        Assert.Equal(("province", "浙江"), (top.Dimension, top.Value));
        Assert.True(top.ShareOfChange > 0.9, $"{top}");
        Assert.True(top.Score > diagnosis.Explanations[1].Score + 0.3, $"{top} vs {diagnosis.Explanations[1]}");

        DiagnosisCheck Check(string check, string subject) => diagnosis.Checks.Single(c => c.Check == check && c.Subject == subject);
        Assert.Equal(DiagnosisCheck.Suspect, Check("payment_error_rate", "province=浙江 method=quick_pay").Verdict);
        Assert.Equal(1.0, Check("payment_error_rate", "province=浙江 method=quick_pay").Current);
        Assert.Equal(DiagnosisCheck.Ok, Check("payment_error_rate", "province=浙江 method=cash_on_delivery").Verdict);
        Assert.Equal(DiagnosisCheck.Suspect, Check("payment_page_load_p90_ms", "province=浙江").Verdict);
    }

    [Fact]
    public async Task The_evaluator_opens_a_red_alert_with_its_diagnosis_and_a_minimum_sample_above_the_traffic_keeps_it_quiet()
    {
        var (store, _) = await PlantAsync("四川");
        await using var __ = store;
        var time = new FakeTimeProvider(Now);
        store.Db.AlertRules.Add(new AlertRule(DemoPaymentIncident.PaymentRule, Now));
        store.Db.AlertRules.Add(new AlertRule(DemoPaymentIncident.PaymentRule with { Name = "needs more traffic", MinimumSample = 100_000 }, Now));
        await store.Db.SaveChangesAsync(Ct);

        var results = await Evaluator(store, time).EvaluateAsync(Ct);
        Assert.Equal([RuleStatus.Red, RuleStatus.InsufficientSample], results.Select(r => r.Status));

        var alert = await store.Db.Alerts.AsNoTracking().SingleAsync(Ct);
        Assert.Equal((AlertEvaluator.Source, "rule-1", AlertLevel.Red), (alert.Source, alert.Key, alert.Level));
        var diagnosis = JsonSerializer.Deserialize<AlertDiagnosis>(alert.Diagnosis!, AlertJson.Options)!;
        Assert.Equal("四川", diagnosis.Explanations[0].Value);
        Assert.Contains("province=四川", alert.Detail, StringComparison.Ordinal);
        Assert.Single(await store.Db.Outbox.Where(m => m.Type == nameof(AlertRaised)).ToListAsync(Ct));

        // Evaluated again with nothing changed: the same alert, no second AlertRaised.
        await Evaluator(store, time).EvaluateAsync(Ct);
        Assert.Single(await store.Db.Alerts.AsNoTracking().ToListAsync(Ct));
        Assert.Single(await store.Db.Outbox.Where(m => m.Type == nameof(AlertRaised)).ToListAsync(Ct));
    }

    private static AlertEvaluator Evaluator(TestStore store, TimeProvider time)
    {
        var metrics = new AlertMetricQuery(store.Analytics);
        return new AlertEvaluator(store.Db, new UnitOfWork(store.Db, new WriteGate(serialize: true), new OutboxSignal()), new AlertInbox(store.Db, time),
            metrics, new AlertDiagnoser(metrics, new PaymentChecksQuery(store.Analytics)), time);
    }
}
