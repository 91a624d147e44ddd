using CommerceOps.Domain.Common;
using CommerceOps.Domain.Service;
using CommerceOps.Infrastructure.Identity;
using CommerceOps.Infrastructure.Service;
using CommerceOps.Server.Hosting;

namespace CommerceOps.Server.Service;

/// <summary>Knowledge base: problem → solution articles and resolved tickets, BM25 search, similar past cases, usefulness ratings.</summary>
public static class KnowledgeBaseApi
{
    public sealed record NewArticle(KnowledgeKind? Kind, string? Title, string? Problem, string? Solution, List<string>? Tags, string? TicketReference);

    public sealed record RatingRequest(bool? Helpful);

    public sealed record SimilarRequest(string? Subject, string? Description, int? Take);

    public sealed record ArticleView(
        long Id, KnowledgeKind Kind, string Title, string Problem, string Solution, IReadOnlyList<string> Tags, string? TicketReference,
        int HelpfulVotes, int UnhelpfulVotes, double Usefulness)
    {
        public static ArticleView From(KnowledgeArticle a) =>
            new(a.Id, a.Kind, a.Title, a.Problem, a.Solution, a.Tags, a.TicketReference, a.HelpfulVotes, a.UnhelpfulVotes, Math.Round(a.Usefulness, 3));
    }

    public sealed record HitView(ArticleView Article, double TextScore, double Score);

    public static void MapKnowledgeBaseApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/kb").WithTags("Knowledge base");

        group.MapGet("/search", async (string? q, string? kind, int? take, KnowledgeBaseService kb, CancellationToken ct) =>
        {
            var v = new RequestValidation().Text(q, "q", 500).Require(take is null or >= 1 and <= KnowledgeBaseService.MaxTake, "take", $"take is between 1 and {KnowledgeBaseService.MaxTake}.");
            KnowledgeKind? parsed = null;
            if (kind is not null)
            {
                if (WireNames.TryParseWire<KnowledgeKind>(kind, out var k)) parsed = k;
                else v.Add("kind", "kind is article or resolved_ticket.");
            }
            v.ThrowIfAny();
            return Views(await kb.SearchAsync(q!, take ?? 10, parsed, ct));
        }).RequireRoles(Roles.Service, Roles.Storefront);

        group.MapPost("/similar-cases", async (SimilarRequest request, KnowledgeBaseService kb, CancellationToken ct) =>
        {
            new RequestValidation().Text(request.Subject, "subject", KnowledgeArticle.MaxTitleLength)
                .Text(request.Description, "description", KnowledgeArticle.MaxTextLength, required: false)
                .Require(request.Take is null or >= 1 and <= KnowledgeBaseService.MaxTake, "take", $"take is between 1 and {KnowledgeBaseService.MaxTake}.")
                .ThrowIfAny();
            return Views(await kb.SimilarCasesAsync(request.Subject!, request.Description, request.Take ?? 5, ct));
        }).RequireRoles(Roles.Service);

        group.MapPost("/articles", async (NewArticle request, KnowledgeBaseService kb, CancellationToken ct) =>
        {
            new RequestValidation()
                .Require(request.Kind is not null, "kind", "kind is article or resolved_ticket.")
                .Text(request.Title, "title", KnowledgeArticle.MaxTitleLength)
                .Text(request.Problem, "problem", KnowledgeArticle.MaxTextLength)
                .Text(request.Solution, "solution", KnowledgeArticle.MaxTextLength)
                .Text(request.TicketReference, "ticketReference", 64, required: false)
                .Require(request.Tags is null || (request.Tags.Count <= 20 && request.Tags.All(t => t is { Length: <= 50 })), "tags", "At most 20 tags of at most 50 characters.")
                .ThrowIfAny();
            var article = await kb.AddAsync(request.Kind!.Value, request.Title!, request.Problem!, request.Solution!, request.Tags ?? [], request.TicketReference, ct);
            return Results.Created($"/api/v1/kb/articles/{article.Id}", ArticleView.From(article));
        }).RequireRoles(Roles.Service);

        group.MapPost("/articles/{id:long}/ratings", async (long id, RatingRequest request, KnowledgeBaseService kb, CancellationToken ct) =>
        {
            new RequestValidation().Require(request.Helpful is not null, "helpful", "helpful is true or false.").ThrowIfAny();
            return ArticleView.From(await kb.RateAsync(id, request.Helpful!.Value, ct));
        }).RequireRoles(Roles.Service, Roles.Storefront);
    }

    private static List<HitView> Views(IReadOnlyList<(KnowledgeArticle Article, KnowledgeHit Hit)> hits) =>
        hits.Select(h => new HitView(ArticleView.From(h.Article), Math.Round(h.Hit.TextScore, 4), Math.Round(h.Hit.Score, 4))).ToList();
}
