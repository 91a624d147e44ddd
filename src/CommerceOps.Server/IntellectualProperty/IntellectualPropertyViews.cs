using CommerceOps.Domain.Common;
using CommerceOps.Domain.IntellectualProperty;
using CommerceOps.Infrastructure.IntellectualProperty;

namespace CommerceOps.Server.IntellectualProperty;

/// <summary>The wire shapes of the brand library, designs and complaints.</summary>
public static class IntellectualPropertyViews
{
    public sealed record AuthorisationView(long Id, string DocumentNumber, string PartyKind, string PartyCode, string? CategoryScope,
        DateTimeOffset ValidFrom, DateTimeOffset ValidTo, string Status, IReadOnlyList<string> Evidence, string RegisteredBy, DateTimeOffset RegisteredAt);

    public sealed record ListingView(long ProductId, string Title);

    public sealed record BrandView(long Id, string Name, string Owner, string? TrademarkNumber, int? TrademarkClass, string Status,
        int Listings, IReadOnlyList<ListingView> Unauthorised, IReadOnlyList<AuthorisationView> Authorisations);

    public sealed record DesignView(string Code, string Title, string Owner, string Description, IReadOnlyList<string> Evidence, string RegisteredBy, DateTimeOffset RegisteredAt);

    public sealed record TransitionView(string? From, string To, string By, DateTimeOffset At, string Reason);

    public sealed record ComplaintView(string Number, string Complainant, string? ComplainantContact, long ProductId, string ProductTitle,
        string Right, string RightReference, string Description, IReadOnlyList<string> Evidence, string Status, string? Decision,
        string? DecisionReason, string? DecidedBy, DateTimeOffset ReceivedAt, DateTimeOffset? DecidedAt, DateTimeOffset? ClosedAt,
        IReadOnlyList<TransitionView> History);

    public static AuthorisationView View(AuthorisationStanding a) => new(a.Document.Id, a.Document.DocumentNumber, a.Document.PartyKind.ToWire(),
        a.Document.PartyCode, a.Document.CategoryScope, a.Document.ValidFrom, a.Document.ValidTo, a.Status.ToWire(), a.Document.Evidence,
        a.Document.RegisteredBy, a.Document.RegisteredAt);

    public static BrandView View(BrandStanding s) => new(s.Brand.Id, s.Brand.Name, s.Brand.Owner, s.Brand.TrademarkNumber, s.Brand.TrademarkClass,
        s.Status.ToWire(), s.Listings, s.Unauthorised.Select(l => new ListingView(l.ProductId, l.Title)).ToList(), s.Authorisations.Select(View).ToList());

    public static DesignView View(OriginalDesign d) => new(d.Code, d.Title, d.Owner, d.Description, d.Evidence, d.RegisteredBy, d.RegisteredAt);

    public static ComplaintView View(InfringementComplaint c) => new(c.Number, c.Complainant, c.ComplainantContact, c.ProductId, c.ProductTitle,
        c.Right.ToWire(), c.RightReference, c.Description, c.Evidence, c.Status.ToWire(), c.Decision?.ToWire(), c.DecisionReason, c.DecidedBy,
        c.ReceivedAt, c.DecidedAt, c.ClosedAt,
        c.History.OrderBy(h => h.At).ThenBy(h => h.Id).Select(h => new TransitionView(h.From?.ToWire(), h.To.ToWire(), h.By, h.At, h.Reason)).ToList());
}
