namespace CommerceOps.Domain.Compliance;

/// <summary>BLOCK refuses publication; WARN goes to human review.</summary>
public enum FindingSeverity
{
    Warn,
    Block,
}

public static class FindingSeverityNames
{
    public static string ToWire(this FindingSeverity severity) => severity == FindingSeverity.Block ? "BLOCK" : "WARN";
}
