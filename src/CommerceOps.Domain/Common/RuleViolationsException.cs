namespace CommerceOps.Domain.Common;

/// <summary>Several fields break business rules at once (HTTP 422 with every field key), e.g. publishing an incomplete promotion.</summary>
public sealed class RuleViolationsException(string message, IReadOnlyDictionary<string, string[]> errors)
    : DomainException(message, errors.Keys.FirstOrDefault())
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;
}
