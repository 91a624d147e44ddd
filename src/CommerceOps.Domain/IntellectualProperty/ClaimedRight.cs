namespace CommerceOps.Domain.IntellectualProperty;

/// <summary>The right a complainant says a listing infringes: a brand (trademark) or an original design.</summary>
public enum ClaimedRight
{
    Brand,
    Design,
}
