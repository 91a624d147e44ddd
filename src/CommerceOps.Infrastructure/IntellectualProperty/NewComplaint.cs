using CommerceOps.Domain.IntellectualProperty;

namespace CommerceOps.Infrastructure.IntellectualProperty;

/// <summary>A rights holder's notice as entered: who complains, against which product, which right (a brand name or a design code) and the evidence.</summary>
public sealed record NewComplaint(string Complainant, string? ComplainantContact, long ProductId, ClaimedRight Right, string RightReference,
    string Description, IReadOnlyList<string> Evidence);
