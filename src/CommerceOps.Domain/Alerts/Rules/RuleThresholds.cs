using CommerceOps.Domain.Common;

namespace CommerceOps.Domain.Alerts.Rules;

/// <summary>
/// A rule's levels. A level is entered when the value reaches its threshold (for a drop: at or below it). Red is left
/// for yellow only once the value is back past the yellow threshold, and any level is left for "clear" only once the
/// value has recovered past <see cref="Clear"/>: between a threshold and the clear threshold the level holds, so a value
/// wobbling around a threshold does not open and close alerts every five minutes.
/// </summary>
public sealed record RuleThresholds(AlertDirection Direction, double Yellow, double Red, double Clear)
{
    /// <summary>Refuses thresholds in the wrong order: for a drop red ≤ yellow ≤ clear, for a rise red ≥ yellow ≥ clear.</summary>
    public static RuleThresholds Create(AlertDirection direction, double yellow, double red, double clear)
    {
        if (!double.IsFinite(yellow)) throw new DomainException("The yellow threshold must be a number.", "yellow");
        if (!double.IsFinite(red)) throw new DomainException("The red threshold must be a number.", "red");
        if (!double.IsFinite(clear)) throw new DomainException("The clear threshold must be a number.", "clear");
        var t = new RuleThresholds(direction, yellow, red, clear);
        if (!t.Reached(yellow, red))
            throw new DomainException(direction == AlertDirection.Drop ? "For a drop the red threshold must be at or below the yellow one." : "For a rise the red threshold must be at or above the yellow one.", "red");
        if (!t.Reached(clear, yellow))
            throw new DomainException(direction == AlertDirection.Drop ? "For a drop the clear threshold must be at or above the yellow one." : "For a rise the clear threshold must be at or below the yellow one.", "clear");
        return t;
    }

    /// <summary>True when <paramref name="value"/> is at or beyond <paramref name="threshold"/> in the bad direction.</summary>
    public bool Reached(double threshold, double value) => Direction == AlertDirection.Drop ? value <= threshold : value >= threshold;

    /// <summary>The level a value enters from nothing.</summary>
    public AlertLevel? Entered(double value) =>
        Reached(Red, value) ? AlertLevel.Red : Reached(Yellow, value) ? AlertLevel.Yellow : null;

    /// <summary>The level after an evaluation, given the level held before it (hysteresis).</summary>
    public AlertLevel? Next(AlertLevel? current, double value)
    {
        var entered = Entered(value);
        if ((int)(entered ?? 0) >= (int)(current ?? 0)) return entered;
        // Falling back: only past the clear threshold does the rule clear; red steps down to yellow past the yellow threshold.
        if (!Reached(Clear, value)) return null;
        return current == AlertLevel.Red && entered is null ? AlertLevel.Yellow : current;
    }
}
