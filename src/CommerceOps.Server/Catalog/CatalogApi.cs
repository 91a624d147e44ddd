using CommerceOps.Domain.Catalog;
using CommerceOps.Domain.Common;
using CommerceOps.Domain.Compliance;
using CommerceOps.Infrastructure.Catalog;
using CommerceOps.Infrastructure.Compliance;
using CommerceOps.Infrastructure.Identity;
using CommerceOps.Infrastructure.IntellectualProperty;
using CommerceOps.Infrastructure.Persistence;
using CommerceOps.Server.Hosting;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Server.Catalog;

public static class CatalogApi
{
    public sealed record SkuView(string Code, string Specification, decimal Price, string Currency, bool CrossBorder, int Available, ReturnPolicyView ReturnPolicy);

    /// <summary>The SKU's no-reason return policy (RET-7D-004) as the storefront shows it; an excluded SKU must be confirmed at checkout.</summary>
    public sealed record ReturnPolicyView(int NoReasonDays, ReturnExclusion? Exclusion, bool Statutory, string? Explanation, string Text, bool ConfirmationRequired)
    {
        public static ReturnPolicyView From(ReturnPolicy p) =>
            new(p.Exclusion is null ? p.Days : 0, p.Exclusion, p.Exclusion?.IsStatutory() ?? false, p.Explanation, ReturnPolicyText.Describe(p), p.Exclusion is not null);
    }

    public sealed record ProductView(
        long Id, string Title, string? Subtitle, string Description, long CategoryId, long? BrandId, bool Published,
        IReadOnlyDictionary<string, string> Attributes, IReadOnlyList<string> Ingredients, IReadOnlyList<SkuView> Skus);

    public sealed record ProductPage(IReadOnlyList<ProductView> Items, int Total, int Page, int PageSize);

    public sealed record NewSku(string? Code, string? Specification, decimal? Price, bool CrossBorder);

    public sealed record NewProduct(
        string? Title, string? Subtitle, string? Description, string? CategoryCode, string? Brand,
        Dictionary<string, string>? Attributes, List<string>? Ingredients, List<NewSku>? Skus, bool Publish);

    public sealed record PriceChangeRequest(decimal? Price);

    public static void MapCatalogApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/catalog").WithTags("Catalog");
        string[] readers = [Roles.Storefront, .. Roles.ConsoleRoles];

        group.MapGet("/products", async (string? q, string? category, int? page, int? pageSize, string? sessionId, string? customerCode,
            string? channel, CatalogService catalog, CommerceDbContext db, ReturnPolicyStore policies, CancellationToken ct) =>
        {
            var p = page ?? 1;
            var size = pageSize ?? 20;
            new RequestValidation()
                .Require(p is >= 1 and <= 10_000, "page", "page is between 1 and 10000.")
                .Require(size is >= 1 and <= 100, "pageSize", "pageSize is between 1 and 100.")
                .Text(q, "q", 100, required: false)
                .ThrowIfAny();
            var (items, total) = await catalog.SearchAsync(q, category, p, size, new SearchContext(sessionId, customerCode, channel), ct);
            return new ProductPage(await ViewsAsync(items, db, policies, ct), total, p, size);
        }).RequireRoles(readers);

        group.MapGet("/products/{id:long}", async Task<IResult> (long id, CatalogService catalog, CommerceDbContext db, ReturnPolicyStore policies, CancellationToken ct) =>
            await catalog.FindAsync(id, ct) is { } product
                ? Results.Ok((await ViewsAsync([product], db, policies, ct))[0])
                : Results.Problem(title: $"Product {id} does not exist.", statusCode: 404)).RequireRoles(readers);

        group.MapGet("/categories", async (CommerceDbContext db, CancellationToken ct) =>
            await db.Categories.AsNoTracking().OrderBy(c => c.Code).Select(c => new { c.Id, c.Code, c.Name, c.NameEn, c.ParentId }).ToListAsync(ct))
            .RequireRoles(readers);

        group.MapPost("/products", async (NewProduct request, CommerceDbContext db, UnitOfWork uow, ProductSearchIndex index, TimeProvider time, ReturnPolicyStore policies,
            WordListStore wordList, AdLawCheckers checkers, ListingRights rights, CancellationToken ct) =>
        {
            Validate(request);
            var product = await uow.RunAsync(async ct =>
            {
                var category = await db.Categories.SingleOrDefaultAsync(c => c.Code == request.CategoryCode, ct)
                    ?? throw new NotFoundException($"Category '{request.CategoryCode}' does not exist.", "categoryCode");
                Brand? brand = null;
                if (!string.IsNullOrWhiteSpace(request.Brand))
                    brand = await db.Brands.SingleOrDefaultAsync(b => b.Name == request.Brand, ct)
                        ?? throw new NotFoundException($"Brand '{request.Brand}' is not in the brand library.", "brand");
                var codes = request.Skus!.Select(s => s.Code!).ToList();
                if (await db.Skus.AnyAsync(s => codes.Contains(s.Code), ct)) throw new DomainException("A SKU code is already in use.", "skus");
                var now = time.GetUtcNow();
                var product = new Product(request.Title!, category.Id, now, request.Description, brand?.Id);
                product.Describe(request.Subtitle, request.Description ?? "", request.Attributes ?? [], request.Ingredients ?? []);
                foreach (var s in request.Skus!) product.AddSku(s.Code!, s.Specification ?? "", Money.Cny(s.Price!.Value), now, s.CrossBorder);
                if (request.Publish)
                {
                    // A category outside the compliance keys gets the rules that hold for every category.
                    var (_, checker) = await checkers.CurrentAsync(wordList, ct);
                    await rights.EnsureAuthorisedAsync(product, category.Code, ct);
                    product.Publish(checker.Check(product.ToListingText(CategoryKeys.FromCategoryCode(category.Code) ?? ""), ScanContext.None));
                }
                db.Products.Add(product);
                await db.SaveChangesAsync(ct);
                if (product.IsPublished) index.Upsert(CatalogService.ToDocument(product, category.Name + " " + category.NameEn, brand?.Name));
                return product;
            }, ct);
            return Results.Created($"/api/v1/catalog/products/{product.Id}", (await ViewsAsync([product], db, policies, ct))[0]);
        }).RequireRoles(Roles.Operations);

        // Lists an existing product (e.g. again after a takedown): the same advertising-law and brand-authorisation checks as create-and-publish.
        group.MapPost("/products/{id:long}/publish", async (long id, CommerceDbContext db, UnitOfWork uow, ProductSearchIndex index, ReturnPolicyStore policies,
            WordListStore wordList, AdLawCheckers checkers, ListingRights rights, CancellationToken ct) =>
        {
            var (product, category, brand) = await uow.RunAsync(async ct =>
            {
                var product = await db.Products.Include(p => p.Skus).SingleOrDefaultAsync(p => p.Id == id, ct)
                    ?? throw new NotFoundException($"Product {id} does not exist.");
                var category = await db.Categories.SingleAsync(c => c.Id == product.CategoryId, ct);
                var brand = product.BrandId is { } brandId ? await db.Brands.SingleAsync(b => b.Id == brandId, ct) : null;
                var (_, checker) = await checkers.CurrentAsync(wordList, ct);
                await rights.EnsureAuthorisedAsync(product, category.Code, ct);
                product.Publish(checker.Check(product.ToListingText(CategoryKeys.FromCategoryCode(category.Code) ?? ""), ScanContext.None));
                return (product, category, brand);
            }, ct);
            index.Upsert(CatalogService.ToDocument(product, category.Name + " " + category.NameEn, brand?.Name));
            return (await ViewsAsync([product], db, policies, ct))[0];
        }).RequireRoles(Roles.Operations);

        group.MapPut("/skus/{code}/price", async Task<IResult> (string code, PriceChangeRequest request, CommerceDbContext db, UnitOfWork uow, TimeProvider time, CancellationToken ct) =>
        {
            new RequestValidation().Require(request.Price is >= 0 and <= 10_000_000, "price", "price is between 0 and 10,000,000.").ThrowIfAny();
            var sku = await uow.RunAsync(async ct =>
            {
                var sku = await db.Skus.Include(s => s.PriceHistory).SingleOrDefaultAsync(s => s.Code == code, ct)
                    ?? throw new NotFoundException($"SKU '{code}' does not exist.");
                sku.ChangePrice(request.Price!.Value, time.GetUtcNow());
                return sku;
            }, ct);
            return Results.Ok(new { sku.Code, sku.Price, history = sku.PriceHistory.Select(h => new { h.OldPrice, h.NewPrice, h.ChangedAt }) });
        }).RequireRoles(Roles.Operations);
    }

    private static void Validate(NewProduct r)
    {
        var v = new RequestValidation()
            .Text(r.Title, "title", 300)
            .Text(r.Subtitle, "subtitle", 300, required: false)
            .Text(r.Description, "description", 20_000, required: false)
            .Text(r.CategoryCode, "categoryCode", 100)
            .Require(r.Skus is { Count: > 0 and <= 100 }, "skus", "A product has 1 to 100 SKUs.");
        for (var i = 0; i < (r.Skus?.Count ?? 0); i++)
        {
            var s = r.Skus![i];
            v.Text(s.Code, $"skus[{i}].code", 64).Text(s.Specification, $"skus[{i}].specification", 200, required: false)
                .Require(s.Price is >= 0 and <= 10_000_000, $"skus[{i}].price", "price is between 0 and 10,000,000.");
        }
        v.ThrowIfAny();
    }

    private static async Task<List<ProductView>> ViewsAsync(IReadOnlyList<Product> products, CommerceDbContext db, ReturnPolicyStore policies, CancellationToken ct)
    {
        var categoryIds = products.Select(p => p.CategoryId).Distinct().ToList();
        var categories = await db.Categories.Where(c => categoryIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Code, ct);
        var book = (await policies.CurrentAsync(ct)).Book;
        var skuIds = products.SelectMany(p => p.Skus).Select(s => s.Id).ToList();
        var available = await db.StockItems.Where(s => skuIds.Contains(s.SkuId))
            .GroupBy(s => s.SkuId).Select(g => new { g.Key, Available = g.Sum(s => s.OnHand - s.Reserved) })
            .ToDictionaryAsync(x => x.Key, x => x.Available, ct);
        return products.Select(p => new ProductView(p.Id, p.Title, p.Subtitle, p.Description, p.CategoryId, p.BrandId, p.IsPublished,
            p.Attributes, p.Ingredients,
            p.Skus.Select(s => new SkuView(s.Code, s.Specification, s.Price, s.Currency, s.IsCrossBorder, available.GetValueOrDefault(s.Id),
                ReturnPolicyView.From(book.For(s.Code, categories[p.CategoryId])))).ToList())).ToList();
    }
}
