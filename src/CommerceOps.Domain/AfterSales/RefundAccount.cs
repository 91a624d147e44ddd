using CommerceOps.Domain.Common;

namespace CommerceOps.Domain.AfterSales;

/// <summary>
/// The account a cash-on-delivery customer chooses for the refund (the cash went to the carrier, so there is no
/// payment to reverse): Alipay, WeChat Pay or a bank card, with the holder's name.
/// </summary>
public sealed record RefundAccount(string Kind, string Holder, string Number)
{
    public static readonly IReadOnlyList<string> Kinds = ["alipay", "wechat_pay", "bank_card"];

    public static RefundAccount Create(string? kind, string? holder, string? number)
    {
        kind = kind?.Trim().ToLowerInvariant();
        if (kind is null || !Kinds.Contains(kind)) throw new DomainException($"The account kind is one of {string.Join(", ", Kinds)}.", "refundAccount.kind");
        if (string.IsNullOrWhiteSpace(holder) || holder.Trim().Length > 64) throw new DomainException("The account holder's name is required (at most 64 characters).", "refundAccount.holder");
        number = number?.Replace(" ", "", StringComparison.Ordinal).Trim();
        if (string.IsNullOrEmpty(number) || number.Length is < 4 or > 64) throw new DomainException("The account number is 4 to 64 characters.", "refundAccount.number");
        return new(kind, holder.Trim(), number);
    }

    /// <summary>The account as staff see it: the last four characters only.</summary>
    public string Masked => $"{Kind} ****{Number[^4..]}";
}
