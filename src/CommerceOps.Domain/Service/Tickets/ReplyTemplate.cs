using System.Text.RegularExpressions;
using CommerceOps.Domain.Common;

namespace CommerceOps.Domain.Service.Tickets;

/// <summary>
/// A reply an agent starts from, with variables in braces ({customer_name}, {order_number}, {agent_name},
/// {ticket_number}, {tracking_number}). Rendering refuses when a variable has no value: a reply saying "亲爱的{customer_name}"
/// is worse than none.
/// </summary>
public sealed partial record ReplyTemplate(string Code, string Language, string Title, string Body)
{
    public IReadOnlyList<string> Variables => VariablePattern().Matches(Body).Select(m => m.Groups[1].Value).Distinct().ToList();

    public string Render(IReadOnlyDictionary<string, string?> values)
    {
        var missing = Variables.Where(v => string.IsNullOrWhiteSpace(values.GetValueOrDefault(v))).ToList();
        if (missing.Count > 0) throw new DomainException($"No value for {string.Join(", ", missing.Select(m => "{" + m + "}"))}.", "variables");
        return VariablePattern().Replace(Body, m => values[m.Groups[1].Value]!.Trim());
    }

    [GeneratedRegex(@"\{([a-z_]+)\}")]
    private static partial Regex VariablePattern();
}
