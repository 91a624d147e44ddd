namespace CommerceOps.Domain.Alerts.Rules;

/// <summary>The outcome of one evaluation of a rule.</summary>
public enum RuleStatus
{
    /// <summary>Not evaluated yet.</summary>
    Pending = 0,
    Clear = 1,
    Yellow = 2,
    Red = 3,
    /// <summary>Fewer units than the rule's minimum sample: no level is entered, a level already held is kept.</summary>
    InsufficientSample = 4,
    /// <summary>A relative rule without a baseline (no data on the past four same weekdays, or a zero baseline).</summary>
    NoBaseline = 5,
}
