namespace CommerceOps.Domain.Alerts.Rules;

/// <summary>Which way is bad: a drop (GMV, conversion) or a rise (e.g. visitors surging from a bot).</summary>
public enum AlertDirection
{
    Drop = 1,
    Rise = 2,
}
