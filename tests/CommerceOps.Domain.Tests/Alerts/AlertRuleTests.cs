using CommerceOps.Domain.Alerts;
using CommerceOps.Domain.Alerts.Rules;
using CommerceOps.Domain.Common;

namespace CommerceOps.Domain.Tests.Alerts;

public sealed class AlertRuleTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 26, 6, 0, 0, TimeSpan.Zero);

    private static AlertRule Relative(long minimumSample = 100) =>
        new(new AlertRuleSpec("payment", AlertMetric.StepConversion, "payment", ThresholdKind.Relative, AlertDirection.Drop, -10, -20, -5, minimumSample), T0);

    /// <summary>Value 100 against a baseline of 100 minus <paramref name="dropPercent"/>: the change is exactly that percent.</summary>
    private static MetricObservation Drop(double dropPercent, long sample = 500) => new(100 - dropPercent, 100, sample);

    [Fact]
    public void A_level_is_entered_at_its_threshold_and_left_only_past_the_clear_threshold()
    {
        var rule = Relative();
        Assert.Equal(RuleStatus.Clear, rule.Evaluate(Drop(9.9), T0).Status);
        Assert.Equal(AlertLevel.Yellow, rule.Evaluate(Drop(10), T0).Level);      // at the yellow threshold
        Assert.Equal(AlertLevel.Yellow, rule.Evaluate(Drop(7), T0).Level);       // back above yellow, not past clear (−5): held
        Assert.Equal(AlertLevel.Yellow, rule.Evaluate(Drop(5), T0).Level);       // at clear is not past it
        var cleared = rule.Evaluate(Drop(4.9), T0);
        Assert.Null(cleared.Level);
        Assert.True(cleared.Cleared);
    }

    [Fact]
    public void Red_steps_down_to_yellow_only_past_the_yellow_threshold()
    {
        var rule = Relative();
        var red = rule.Evaluate(Drop(25), T0);
        Assert.True(red.Opened);
        Assert.Equal(AlertLevel.Red, red.Level);
        Assert.Equal(AlertLevel.Red, rule.Evaluate(Drop(15), T0).Level);   // between red and yellow: red holds
        Assert.Equal(AlertLevel.Yellow, rule.Evaluate(Drop(8), T0).Level); // past yellow, not past clear
        Assert.Equal(AlertLevel.Red, rule.Evaluate(Drop(20), T0).Level);   // escalation is immediate
        Assert.Null(rule.Evaluate(Drop(0), T0).Level);                      // straight from red to clear
    }

    [Fact]
    public void Below_the_minimum_sample_nothing_fires_and_a_held_level_is_kept()
    {
        var rule = Relative(minimumSample: 100);
        var small = rule.Evaluate(Drop(60, sample: 99), T0);
        Assert.Equal(RuleStatus.InsufficientSample, small.Status);
        Assert.Null(small.Level);

        Assert.Equal(AlertLevel.Red, rule.Evaluate(Drop(60, sample: 100), T0).Level);
        var held = rule.Evaluate(Drop(0, sample: 3), T0);
        Assert.Equal(RuleStatus.InsufficientSample, held.Status);
        Assert.Equal(AlertLevel.Red, held.Level); // too little evidence to clear either
    }

    [Fact]
    public void A_relative_rule_without_a_baseline_does_not_fire()
    {
        var rule = Relative();
        Assert.Equal(RuleStatus.NoBaseline, rule.Evaluate(new MetricObservation(0.2, null, 500), T0).Status);
        Assert.Equal(RuleStatus.NoBaseline, rule.Evaluate(new MetricObservation(0.2, 0, 500), T0).Status);
        Assert.Null(rule.Level);
    }

    [Fact]
    public void Absolute_rise_rules_compare_the_value_itself()
    {
        var rule = new AlertRule(new AlertRuleSpec("visitors surge", AlertMetric.Visitors, null, ThresholdKind.Absolute, AlertDirection.Rise, 1000, 2000, 800, 0), T0);
        Assert.Equal(AlertLevel.Yellow, rule.Evaluate(new MetricObservation(1000, null, 1000), T0).Level);
        Assert.Equal(AlertLevel.Yellow, rule.Evaluate(new MetricObservation(900, null, 900), T0).Level);
        Assert.Null(rule.Evaluate(new MetricObservation(799, null, 799), T0).Level);
    }

    [Theory]
    [InlineData(AlertDirection.Drop, -10, -5, -15, "red")]    // red above yellow for a drop
    [InlineData(AlertDirection.Drop, -10, -20, -15, "clear")] // clear below yellow for a drop
    [InlineData(AlertDirection.Rise, 10, 5, 5, "red")]
    [InlineData(AlertDirection.Rise, 10, 20, 15, "clear")]
    public void Thresholds_in_the_wrong_order_are_refused(AlertDirection direction, double yellow, double red, double clear, string field)
    {
        var e = Assert.Throws<DomainException>(() => RuleThresholds.Create(direction, yellow, red, clear));
        Assert.Equal(field, e.Field);
    }

    [Fact]
    public void Step_rules_name_a_watchable_step_and_other_rules_none()
    {
        Assert.Equal("step", Assert.Throws<DomainException>(() =>
            new AlertRule(new AlertRuleSpec("x", AlertMetric.StepConversion, "purchase", ThresholdKind.Absolute, AlertDirection.Drop, 0.5, 0.4, 0.5, 10), T0)).Field);
        Assert.Equal("step", Assert.Throws<DomainException>(() =>
            new AlertRule(new AlertRuleSpec("x", AlertMetric.Gmv, "payment", ThresholdKind.Absolute, AlertDirection.Drop, 5, 4, 5, 10), T0)).Field);
    }

    [Fact]
    public void Changing_what_a_rule_watches_forgets_its_level()
    {
        var rule = Relative();
        rule.Evaluate(Drop(30), T0);
        rule.Change(new AlertRuleSpec("payment", AlertMetric.StepConversion, "payment", ThresholdKind.Relative, AlertDirection.Drop, -12, -25, -5, 100), T0);
        Assert.Equal(AlertLevel.Red, rule.Level); // thresholds only: the next evaluation applies them
        rule.Change(new AlertRuleSpec("cart", AlertMetric.StepConversion, "cart", ThresholdKind.Relative, AlertDirection.Drop, -12, -25, -5, 100), T0);
        Assert.Null(rule.Level);
    }
}
