using CommerceOps.Domain.Common;
using CommerceOps.Domain.Selection;
using CommerceOps.Infrastructure.Identity;
using CommerceOps.Infrastructure.Persistence;
using CommerceOps.Infrastructure.Selection;
using CommerceOps.Server.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Server.Selection;

/// <summary>
/// Product selection: demand mining (search terms), review mining (praise and complaint terms), candidate products with
/// customer votes, and pre-sale campaigns with deposits. Customers act through the storefront API key, naming themselves
/// by customer code as orders do; operations and supply-chain staff manage.
/// </summary>
public static class SelectionApi
{
    public sealed record CandidateRequest(string? Title, string? Description, string? Category, decimal? TargetPrice);

    public sealed record VoteRequest(string? CustomerCode);

    public sealed record PreSaleRequest(string? Title, string? Sku, string? Candidate, decimal? DepositAmount, int? TargetQuantity, DateTimeOffset? Deadline);

    public sealed record DepositRequest(string? CustomerCode, int? Quantity, string? Token);

    public sealed record ReviewRequest(string? CustomerCode, string? OrderNumber, string? Sku, int? Rating, string? Text);

    public sealed record TermView(string Term, IReadOnlyList<string> Spellings, long Searches, long ThisWeek, long LastWeek, double? Growth, long MaxResults)
    {
        public static TermView From(NormalizedTerm t) => new(t.Term, t.Spellings, t.Searches, t.ThisWeek, t.LastWeek, t.Growth, t.MaxResults);
    }

    public sealed record CandidateView(string Code, string Title, string Description, string Category, decimal TargetPrice, DateTimeOffset CreatedAt, int Votes)
    {
        public static CandidateView From(CandidateService.Tally t) =>
            new(t.Candidate.Code, t.Candidate.Title, t.Candidate.Description, t.Candidate.CategoryCode, t.Candidate.TargetPrice, t.Candidate.CreatedAt, t.Votes);
    }

    public sealed record DepositView(string Number, string CustomerCode, int Quantity, decimal Amount, string Status, DateTimeOffset PaidAt,
        string? RefundReference, DateTimeOffset? RefundedAt)
    {
        public static DepositView From(PreSaleDeposit d) =>
            new(d.Number, d.CustomerCode, d.Quantity, d.Amount, d.Status.ToWire(), d.PaidAt, d.RefundReference, d.RefundedAt);
    }

    public sealed record PreSaleView(
        string Code, string Title, string Sku, decimal DepositAmount, int TargetQuantity, int DepositedQuantity, double Progress, DateTimeOffset Deadline,
        string Status, string Outcome, string? PurchaseOrder, DateTimeOffset? SettledAt, DateTimeOffset? ClosedAt, int Deposits, int Refunded)
    {
        public static PreSaleView From(PreSaleCampaign c) => new(c.Code, c.Title, c.SkuCode, c.DepositAmount, c.TargetQuantity, c.DepositedQuantity,
            c.DepositedQuantity / (double)c.TargetQuantity, c.Deadline, c.Status.ToWire(), c.Outcome.ToWire(), c.PurchaseOrderNumber, c.SettledAt,
            c.ClosedAt, c.Deposits.Count, c.Deposits.Count(d => d.Status == DepositStatus.Refunded));
    }

    public static void MapSelectionApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/selection").WithTags("Product selection");

        group.MapGet("/demand/terms", (DateOnly? to, int? days, int? fewResults, int? minSearches,
            SearchTermQuery query, ChineseWordSegmenter segmenter, TimeProvider time) =>
        {
            var request = DemandRequest.For(to ?? DemandRequest.Today(time), days, fewResults, minSearches);
            var report = DemandReport.Build(request, query.Terms(request), segmenter);
            return Results.Ok(new
            {
                from = request.To.AddDays(1 - request.Days), to = request.To,
                fewResultsThreshold = request.Thresholds.FewResults, minRisingSearches = request.Thresholds.MinRisingSearches,
                fewResults = report.FewResults.Select(TermView.From),
                rising = report.Rising.Select(TermView.From),
                groups = report.Groups.Select(g => new { g.Name, g.Searches, g.ThisWeek, g.LastWeek, terms = g.Terms.Select(TermView.From) }),
            });
        }).WithSummary("Search terms with few results, rising terms week over week, and similar terms grouped.")
            .RequireRoles(Roles.Operations, Roles.SupplyChain, Roles.Marketing, Roles.Analyst);

        group.MapGet("/reviews/terms", async (DateOnly? from, DateOnly? to, int? top, ReviewMining mining, TimeProvider time, CancellationToken ct) =>
        {
            var last = to ?? DemandRequest.Today(time);
            var first = from ?? last.AddDays(-89);
            new RequestValidation().Require(first <= last, "from", "from is on or before to.")
                .Require(top is null or >= 1 and <= 100, "top", "top is between 1 and 100.").ThrowIfAny();
            var categories = await mining.TermsAsync(new DateTimeOffset(first.ToDateTime(TimeOnly.MinValue), DemandRequest.ChinaOffset),
                new DateTimeOffset(last.AddDays(1).ToDateTime(TimeOnly.MinValue), DemandRequest.ChinaOffset), top ?? ReviewMining.DefaultTop, ct);
            return Results.Ok(new
            {
                from = first, to = last,
                categories = categories.Select(c => new
                {
                    category = c.CategoryCode, c.CategoryName, c.Reviews, c.MeanRating,
                    praise = c.Praise.Select(t => new { t.Term, t.Reviews }),
                    complaints = c.Complaints.Select(t => new { t.Term, t.Reviews }),
                }),
            });
        }).WithSummary("Frequent praise and complaint terms per category (Chinese word segmentation, negation-aware).")
            .RequireRoles(Roles.Operations, Roles.SupplyChain, Roles.Marketing, Roles.Analyst);

        group.MapPost("/reviews", async (ReviewRequest r, ReviewService reviews, CancellationToken ct) =>
        {
            new RequestValidation().Text(r.CustomerCode, "customerCode", 64).Text(r.OrderNumber, "orderNumber", 64).Text(r.Sku, "sku", 64)
                .Require(r.Rating is >= 1 and <= 5, "rating", "rating is from 1 to 5.").Text(r.Text, "text", ProductReview.MaxTextLength).ThrowIfAny();
            var review = await reviews.PostAsync(r.CustomerCode!, r.OrderNumber!, r.Sku!, r.Rating!.Value, r.Text!, ct);
            return Results.Created($"/api/v1/selection/reviews/{review.Id}",
                new { review.Id, review.CustomerCode, review.OrderNumber, sku = review.SkuCode, category = review.CategoryCode, review.Rating, review.Text, review.CreatedAt });
        }).WithSummary("A customer reviews a line of a delivered order (once per line).").RequireRoles(Roles.Storefront);

        group.MapGet("/candidates", async (CandidateService candidates, CancellationToken ct) =>
            (await candidates.TallyAsync(ct)).Select(CandidateView.From))
            .RequireRoles(Roles.Operations, Roles.SupplyChain, Roles.Marketing, Roles.Analyst, Roles.Storefront);

        group.MapPost("/candidates", async (CandidateRequest r, CandidateService candidates, CancellationToken ct) =>
        {
            new RequestValidation().Text(r.Title, "title", CandidateProduct.MaxTitleLength)
                .Text(r.Description, "description", CandidateProduct.MaxDescriptionLength, required: false).Text(r.Category, "category", 100)
                .Require(r.TargetPrice is > 0, "targetPrice", "targetPrice is positive.").ThrowIfAny();
            var candidate = await candidates.CreateAsync(r.Title!, r.Description ?? "", r.Category!, r.TargetPrice!.Value, ct);
            return Results.Created($"/api/v1/selection/candidates/{candidate.Code}", CandidateView.From(new(candidate, 0)));
        }).RequireRoles(Roles.Operations, Roles.SupplyChain);

        group.MapPost("/candidates/{code}/votes", async (string code, VoteRequest r, CandidateService candidates, CancellationToken ct) =>
        {
            new RequestValidation().Text(r.CustomerCode, "customerCode", 64).ThrowIfAny();
            return Results.Ok(CandidateView.From(await candidates.VoteAsync(code, r.CustomerCode!, ct)));
        }).WithSummary("A customer in a top RFM segment votes for a candidate (once).").RequireRoles(Roles.Storefront);

        group.MapGet("/presales", async (CommerceDbContext db, CancellationToken ct) =>
            (await db.PreSaleCampaigns.AsNoTracking().Include(c => c.Deposits).OrderByDescending(c => c.Id).Take(500).ToListAsync(ct)).Select(PreSaleView.From))
            .RequireRoles(Roles.Operations, Roles.SupplyChain, Roles.Analyst, Roles.Storefront);

        group.MapGet("/presales/{code}", async Task<IResult> (string code, CommerceDbContext db, CancellationToken ct) =>
            await db.PreSaleCampaigns.AsNoTracking().Include(c => c.Deposits).SingleOrDefaultAsync(c => c.Code == code, ct) is { } campaign
                ? Results.Ok(new { campaign = PreSaleView.From(campaign), deposits = campaign.Deposits.OrderBy(d => d.PaidAt).Select(DepositView.From) })
                : Results.Problem(title: $"Pre-sale '{code}' does not exist.", statusCode: 404))
            .RequireRoles(Roles.Operations, Roles.SupplyChain, Roles.Analyst);

        group.MapPost("/presales", async (PreSaleRequest r, PreSaleService presales, CancellationToken ct) =>
        {
            new RequestValidation().Text(r.Title, "title", PreSaleCampaign.MaxTitleLength).Text(r.Sku, "sku", 64).Text(r.Candidate, "candidate", 32, required: false)
                .Require(r.DepositAmount is > 0, "depositAmount", "depositAmount is positive.")
                .Require(r.TargetQuantity is >= 1 and <= 1_000_000, "targetQuantity", "targetQuantity is between 1 and 1,000,000.")
                .Require(r.Deadline is not null, "deadline", "deadline is required.").ThrowIfAny();
            var campaign = await presales.CreateAsync(r.Title!, r.Sku!, r.Candidate, r.DepositAmount!.Value, r.TargetQuantity!.Value, r.Deadline!.Value, ct);
            return Results.Created($"/api/v1/selection/presales/{campaign.Code}", PreSaleView.From(campaign));
        }).RequireRoles(Roles.Operations, Roles.SupplyChain);

        group.MapPost("/presales/{code}/deposits", async (string code, DepositRequest r, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
            PreSaleService presales, CancellationToken ct) =>
        {
            new RequestValidation().Text(r.CustomerCode, "customerCode", 64).Text(r.Token, "token", 200)
                .Require(r.Quantity is >= 1 and <= PreSaleCampaign.MaxUnitsPerDeposit, "quantity", $"quantity is between 1 and {PreSaleCampaign.MaxUnitsPerDeposit}.")
                .ThrowIfAny();
            var (deposit, created) = await presales.DepositAsync(code, r.CustomerCode!, r.Quantity!.Value, r.Token!, idempotencyKey, ct);
            var view = DepositView.From(deposit);
            return created ? Results.Created($"/api/v1/selection/presales/{code}", view) : Results.Ok(view);
        }).WithSummary("A customer pays a deposit for units of a pre-sale (deposit × units, charged with the payment token).").RequireRoles(Roles.Storefront);

        group.MapPost("/presales/{code}/close", async (string code, PreSaleService presales, CancellationToken ct) =>
            Results.Ok(PreSaleView.From(await presales.CloseAsync(code, ct))))
            .WithSummary("Settles the pre-sale now: target reached → purchase order to the supplier; missed → deposits refunded. Idempotent.")
            .RequireRoles(Roles.Operations, Roles.SupplyChain);
    }
}
