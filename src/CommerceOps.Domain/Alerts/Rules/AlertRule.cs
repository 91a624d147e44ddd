using CommerceOps.Domain.Common;

namespace CommerceOps.Domain.Alerts.Rules;

/// <summary>
/// A red/yellow light on one metric (or one funnel step's conversion), with its thresholds, minimum sample and the level
/// it holds between evaluations (hysteresis needs to remember it). Evaluations go through <see cref="Evaluate"/>.
/// </summary>
public sealed class AlertRule
{
    public const int MaxNameLength = 100;

    private AlertRule() { }

    public AlertRule(AlertRuleSpec spec, DateTimeOffset now)
    {
        Apply(spec);
        CreatedAt = UpdatedAt = now;
    }

    public long Id { get; private set; }
    public string Name { get; private set; } = "";
    public AlertMetric Metric { get; private set; }
    /// <summary>For <see cref="AlertMetric.StepConversion"/>: the step whose conversion to the next default step is watched.</summary>
    public string? Step { get; private set; }
    public ThresholdKind Kind { get; private set; }
    public AlertDirection Direction { get; private set; }
    public double Yellow { get; private set; }
    public double Red { get; private set; }
    public double Clear { get; private set; }
    public long MinimumSample { get; private set; }
    public bool Enabled { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>The level held now (null: clear). Survives restarts, so hysteresis does too.</summary>
    public AlertLevel? Level { get; private set; }
    public RuleStatus LastStatus { get; private set; }
    public double? LastValue { get; private set; }
    public double? LastBaseline { get; private set; }
    public long LastSample { get; private set; }
    public DateTimeOffset? LastEvaluatedAt { get; private set; }

    public RuleThresholds Thresholds => new(Direction, Yellow, Red, Clear);

    /// <summary>The inbox key of this rule's alerts (source <c>metrics</c>).</summary>
    public string AlertKey => "rule-" + Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public void Change(AlertRuleSpec spec, DateTimeOffset now)
    {
        var watchedChanged = spec.Metric != Metric || spec.Step != Step || spec.Kind != Kind || spec.Direction != Direction;
        Apply(spec);
        UpdatedAt = now;
        // A level earned under other thresholds or another metric means nothing now: start over at the next evaluation.
        if (watchedChanged || !Enabled) Reset();
    }

    public RuleEvaluation Evaluate(MetricObservation observation, DateTimeOffset now)
    {
        var previous = Level;
        LastValue = observation.Value;
        LastBaseline = observation.Baseline;
        LastSample = observation.Sample;
        LastEvaluatedAt = now;
        var compared = Compared(observation);
        if (observation.Sample < MinimumSample || observation.Value is null) LastStatus = RuleStatus.InsufficientSample;
        else if (compared is null) LastStatus = RuleStatus.NoBaseline;
        else
        {
            Level = Thresholds.Next(Level, compared.Value);
            LastStatus = Level switch { AlertLevel.Red => RuleStatus.Red, AlertLevel.Yellow => RuleStatus.Yellow, _ => RuleStatus.Clear };
        }
        return new RuleEvaluation(this, previous, Level, LastStatus, observation, compared);
    }

    /// <summary>The number the thresholds are compared with: the value itself, or its change against the baseline in percent.</summary>
    public double? Compared(MetricObservation observation) => Kind switch
    {
        ThresholdKind.Absolute => observation.Value,
        _ => observation is { Value: { } v, Baseline: { } b } && b != 0 ? (v - b) / b * 100 : null,
    };

    private void Reset()
    {
        Level = null;
        LastStatus = RuleStatus.Pending;
        LastValue = LastBaseline = null;
        LastSample = 0;
        LastEvaluatedAt = null;
    }

    private void Apply(AlertRuleSpec spec)
    {
        var name = spec.Name?.Trim() ?? "";
        if (name.Length == 0) throw new DomainException("A rule needs a name.", "name");
        if (name.Length > MaxNameLength) throw new DomainException($"A rule's name has at most {MaxNameLength} characters.", "name");
        if (spec.Metric == AlertMetric.StepConversion)
        {
            if (spec.Step is null || !AlertMetrics.WatchableSteps.Contains(spec.Step))
                throw new DomainException($"A step-conversion rule watches one of {string.Join(", ", AlertMetrics.WatchableSteps)}.", "step");
        }
        else if (spec.Step is not null) throw new DomainException("Only step-conversion rules name a step.", "step");
        if (spec.MinimumSample < 0) throw new DomainException("The minimum sample cannot be negative.", "minimumSample");
        var thresholds = RuleThresholds.Create(spec.Direction, spec.Yellow, spec.Red, spec.Clear);
        Name = name;
        Metric = spec.Metric;
        Step = spec.Step;
        Kind = spec.Kind;
        Direction = thresholds.Direction;
        Yellow = thresholds.Yellow;
        Red = thresholds.Red;
        Clear = thresholds.Clear;
        MinimumSample = spec.MinimumSample;
        Enabled = spec.Enabled;
    }
}
