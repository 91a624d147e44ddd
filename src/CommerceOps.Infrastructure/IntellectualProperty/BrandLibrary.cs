using CommerceOps.Domain.Catalog;
using CommerceOps.Domain.Common;
using CommerceOps.Domain.IntellectualProperty;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.IntellectualProperty;

/// <summary>A new authorisation document as the compliance role enters it.</summary>
public sealed record NewAuthorisation(string DocumentNumber, AuthorisedPartyKind PartyKind, string? PartyCode, string? CategoryScope,
    DateTimeOffset ValidFrom, DateTimeOffset ValidTo, IReadOnlyList<string> Evidence);

/// <summary>The brand library's writes: brands with their rights holder and trademark, and their authorisation documents.</summary>
public sealed class BrandLibrary(CommerceDbContext db, UnitOfWork uow, IpEvidence evidence, TimeProvider time)
{
    public Task<Brand> CreateAsync(string name, string owner, string? trademarkNumber, int? trademarkClass, CancellationToken ct) =>
        uow.RunAsync(async ct =>
        {
            var trimmed = name.Trim();
            if (await db.Brands.AnyAsync(b => b.Name == trimmed, ct)) throw new DomainException($"Brand '{trimmed}' is already in the library.", "name");
            var brand = new Brand(trimmed, owner.Trim());
            brand.Register(owner, trademarkNumber, trademarkClass);
            db.Brands.Add(brand);
            await db.SaveChangesAsync(ct);
            return brand;
        }, ct);

    public Task<Brand> RegisterAsync(long brandId, string owner, string? trademarkNumber, int? trademarkClass, CancellationToken ct) =>
        uow.RunAsync(async ct =>
        {
            var brand = await db.Brands.SingleOrDefaultAsync(b => b.Id == brandId, ct) ?? throw new NotFoundException($"Brand {brandId} does not exist.");
            brand.Register(owner, trademarkNumber, trademarkClass);
            await db.SaveChangesAsync(ct);
            return brand;
        }, ct);

    public Task<BrandAuthorisation> AuthoriseAsync(long brandId, NewAuthorisation request, string by, CancellationToken ct) =>
        uow.RunAsync(async ct =>
        {
            if (!await db.Brands.AnyAsync(b => b.Id == brandId, ct)) throw new NotFoundException($"Brand {brandId} does not exist.");
            var number = request.DocumentNumber.Trim();
            if (await db.BrandAuthorisations.AnyAsync(a => a.BrandId == brandId && a.DocumentNumber == number, ct))
                throw new DomainException($"Document {number} is already registered for this brand.", "documentNumber");
            if (request.PartyKind == AuthorisedPartyKind.Supplier && !await db.Suppliers.AnyAsync(s => s.Code == request.PartyCode, ct))
                throw new NotFoundException($"Supplier '{request.PartyCode}' does not exist.", "partyCode");
            if (request.CategoryScope is { Length: > 0 } scope && !await db.Categories.AnyAsync(c => c.Code == scope, ct))
                throw new NotFoundException($"Category '{scope}' does not exist.", "categoryScope");
            var files = await evidence.RequireAsync(request.Evidence, ct);
            var authorisation = new BrandAuthorisation(brandId, number, request.PartyKind, request.PartyCode, request.CategoryScope,
                request.ValidFrom, request.ValidTo, files, by, time.GetUtcNow());
            db.BrandAuthorisations.Add(authorisation);
            await db.SaveChangesAsync(ct);
            return authorisation;
        }, ct);
}
