using CommerceOps.Domain.Common;

namespace CommerceOps.Domain.Privacy;

/// <summary>
/// One purpose in the catalogue of processing purposes (PI-NOTICE-002): what the data is for, on which legal basis, how
/// long it is kept, and whether it is sensitive (PI-SENS-005), in which case consent to it must be given separately.
/// </summary>
public sealed class PrivacyPurpose
{
    public const int MaxCodeLength = 64;
    public const int MaxDescriptionLength = 500;

    private PrivacyPurpose() { }

    public PrivacyPurpose(string code, string description, bool sensitive, LegalBasis legalBasis, string retention, string changedBy, DateTimeOffset changedAt)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length > MaxCodeLength || !code.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_'))
            throw new DomainException($"A purpose code is 1 to {MaxCodeLength} lower-case letters, digits or underscores.", "code");
        Code = code;
        Change(description, sensitive, legalBasis, retention, changedBy, changedAt);
    }

    public long Id { get; private set; }
    public string Code { get; private set; } = "";
    public string Description { get; private set; } = "";
    public bool Sensitive { get; private set; }
    public LegalBasis LegalBasis { get; private set; }
    /// <summary>How long the data is kept, as told to the individual (PI-NOTICE-002 requires the retention period).</summary>
    public string Retention { get; private set; } = "";
    public string ChangedBy { get; private set; } = "";
    public DateTimeOffset ChangedAt { get; private set; }

    /// <summary>Purposes processed on consent need a consent record per channel; the others rest on contract or law.</summary>
    public bool NeedsConsent => LegalBasis == LegalBasis.Consent;

    public void Change(string description, bool sensitive, LegalBasis legalBasis, string retention, string changedBy, DateTimeOffset changedAt)
    {
        if (string.IsNullOrWhiteSpace(description) || description.Length > MaxDescriptionLength)
            throw new DomainException($"A purpose needs a description of at most {MaxDescriptionLength} characters.", "description");
        if (string.IsNullOrWhiteSpace(retention) || retention.Length > 200)
            throw new DomainException("A purpose states its retention period (at most 200 characters).", "retention");
        if (sensitive && legalBasis != LegalBasis.Consent)
            throw new DomainException($"{PrivacyRuleIds.Sensitive}: sensitive personal information is processed on separate consent.", "legalBasis");
        Description = description.Trim();
        Sensitive = sensitive;
        LegalBasis = legalBasis;
        Retention = retention.Trim();
        ChangedBy = changedBy;
        ChangedAt = changedAt;
    }
}
