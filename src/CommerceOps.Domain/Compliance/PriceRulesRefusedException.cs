using CommerceOps.Domain.Common;

namespace CommerceOps.Domain.Compliance;

/// <summary>
/// Publication refused by the price and platform rules: the BLOCK findings travel with the refusal (and WARN ones, for the
/// reviewer), and <see cref="Errors"/> names the fields that must be stated, when missing fields are the reason.
/// </summary>
public sealed class PriceRulesRefusedException(string message, IReadOnlyList<PriceFinding> findings, IReadOnlyDictionary<string, string[]> errors)
    : DomainException(message, errors.Keys.FirstOrDefault())
{
    public IReadOnlyList<PriceFinding> Findings { get; } = findings;
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;
}
