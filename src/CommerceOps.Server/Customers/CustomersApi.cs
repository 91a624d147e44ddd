using System.Security.Claims;
using CommerceOps.Domain.Common;
using CommerceOps.Domain.Customers;
using CommerceOps.Domain.Marketing.Campaigns;
using CommerceOps.Domain.Privacy;
using CommerceOps.Infrastructure.Identity;
using CommerceOps.Infrastructure.Marketing.Campaigns;
using CommerceOps.Infrastructure.Persistence;
using CommerceOps.Infrastructure.Privacy;
using CommerceOps.Server.Hosting;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Server.Customers;

public static class CustomersApi
{
    public sealed record AddressRequest(string? Recipient, string? Phone, string? Province, string? City, string? District, string? Line);

    public sealed record NewCustomer(string? Code, string? Name, string? Phone, string? Email, string? RegistrationChannel, AddressRequest? Address);

    /// <param name="Separate">The consent was given on its own screen (单独同意); required for sensitive purposes (PI-SENS-005).</param>
    public sealed record ConsentRequest(string? Purpose, string? Channel, string? Source, bool? Separate = null);

    public sealed record ConsentView(string Purpose, string Channel, DateTimeOffset GrantedAt, DateTimeOffset? WithdrawnAt, string Source, bool Separate);

    public sealed record PersonalisationRequest(bool? NonPersonalised);

    public sealed record CustomerView(
        string Code, string Name, string? Phone, string? Email, string RegistrationChannel, string MembershipTier,
        DateTimeOffset RegisteredAt, string? Province, string? City, IReadOnlyList<PostalAddress> Addresses, IReadOnlyList<ConsentView> Consents,
        bool NonPersonalised, DateTimeOffset? AnonymisedAt);

    /// <summary>Roles whose work needs to see customers' personal data unmasked.</summary>
    private static readonly string[] UnmaskedRoles = [Roles.Admin, Roles.Service, Roles.Risk, Roles.Storefront];

    public static void MapCustomersApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/customers").WithTags("Customers");

        group.MapPost("/", async (NewCustomer request, CommerceDbContext db, UnitOfWork uow, TimeProvider time, ClaimsPrincipal user, CancellationToken ct) =>
        {
            new RequestValidation()
                .Text(request.Code, "code", 64).Text(request.Name, "name", 100)
                .Text(request.Phone, "phone", 32, required: false).Text(request.Email, "email", 200, required: false)
                .Require(request.RegistrationChannel is null || Channels.All.Contains(request.RegistrationChannel), "registrationChannel",
                    $"registrationChannel is one of {string.Join(", ", Channels.All)}.")
                .ThrowIfAny();
            var customer = await uow.RunAsync(async ct =>
            {
                if (await db.Customers.AnyAsync(c => c.Code == request.Code, ct))
                    throw new DomainException($"Customer '{request.Code}' already exists.", "code");
                var customer = new Customer(request.Code!, request.Name!, request.RegistrationChannel ?? Channels.Organic, time.GetUtcNow(), request.Phone, request.Email);
                if (request.Address is { } a) customer.AddAddress(ToAddress(a));
                db.Customers.Add(customer);
                return customer;
            }, ct);
            return Results.Created($"/api/v1/customers/{customer.Code}", View(customer, user));
        }).RequireRoles(Roles.Storefront, Roles.Service);

        group.MapGet("/{code}", async Task<IResult> (string code, CommerceDbContext db, ClaimsPrincipal user, CancellationToken ct) =>
            await Load(db, code, ct) is { } customer ? Results.Ok(View(customer, user)) : NotFound(code))
            .RequireRoles([Roles.Storefront, .. Roles.ConsoleRoles]);

        group.MapPost("/{code}/addresses", async Task<IResult> (string code, AddressRequest request, bool? makeDefault, CommerceDbContext db, UnitOfWork uow, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var customer = await uow.RunAsync(async ct =>
            {
                var customer = await Load(db, code, ct) ?? throw new NotFoundException($"Customer '{code}' does not exist.");
                customer.AddAddress(ToAddress(request), makeDefault == true);
                return customer;
            }, ct);
            return Results.Ok(View(customer, user));
        }).RequireRoles(Roles.Storefront, Roles.Service);

        group.MapPost("/{code}/consents", async (string code, ConsentRequest request, CommerceDbContext db, UnitOfWork uow, TimeProvider time, ClaimsPrincipal user,
            PurposeCatalogue catalogue, CancellationToken ct) =>
        {
            if (!string.IsNullOrWhiteSpace(request.Purpose))
            {
                var purpose = await catalogue.FindAsync(request.Purpose, ct) ?? throw new DomainException(
                    $"{PrivacyRuleIds.Consent}: '{request.Purpose}' is not in the purpose catalogue, so the customer cannot have been told what it is for.", "purpose");
                if (purpose.Sensitive && request.Separate != true)
                    throw new DomainException($"{PrivacyRuleIds.Sensitive}: '{purpose.Code}' is sensitive personal information; consent must be given separately (separate: true), never bundled.", "separate");
            }
            return await ChangeConsent(code, request, db, uow, user, (c, r) => c.GrantConsent(r.Purpose!, r.Channel!, r.Source ?? "api", time.GetUtcNow(), r.Separate == true), ct);
        }).RequireRoles(Roles.Storefront, Roles.Service);

        group.MapPut("/{code}/personalisation", async Task<IResult> (string code, PersonalisationRequest request, CommerceDbContext db, UnitOfWork uow, ClaimsPrincipal user,
            CancellationToken ct) =>
        {
            new RequestValidation().Require(request.NonPersonalised is not null, "nonPersonalised", "nonPersonalised is true or false.").ThrowIfAny();
            var customer = await uow.RunAsync(async ct =>
            {
                var customer = await Load(db, code, ct) ?? throw new NotFoundException($"Customer '{code}' does not exist.");
                customer.SetNonPersonalised(request.NonPersonalised!.Value);
                return customer;
            }, ct);
            return Results.Ok(View(customer, user));
        }).RequireRoles(Roles.Storefront, Roles.Service);

        group.MapPost("/{code}/consents/withdraw", async (string code, ConsentRequest request, CommerceDbContext db, UnitOfWork uow, TimeProvider time, ClaimsPrincipal user,
            CampaignFiring campaigns, CancellationToken ct) =>
        {
            var result = await ChangeConsent(code, request, db, uow, user, (c, r) => c.WithdrawConsent(r.Purpose!, r.Channel!, time.GetUtcNow()), ct);
            if (request.Purpose == CampaignChannels.MarketingPurpose) await campaigns.CancelPendingAsync(code, request.Channel!, ct);
            return result;
        }).RequireRoles(Roles.Storefront, Roles.Service);
    }

    private static async Task<IResult> ChangeConsent(string code, ConsentRequest request, CommerceDbContext db, UnitOfWork uow, ClaimsPrincipal user,
        Action<Customer, ConsentRequest> change, CancellationToken ct)
    {
        new RequestValidation().Text(request.Purpose, "purpose", 64).Text(request.Channel, "channel", 32).Text(request.Source, "source", 64, required: false).ThrowIfAny();
        var customer = await uow.RunAsync(async ct =>
        {
            var customer = await Load(db, code, ct) ?? throw new NotFoundException($"Customer '{code}' does not exist.");
            change(customer, request);
            return customer;
        }, ct);
        return Results.Ok(View(customer, user));
    }

    public static PostalAddress ToAddress(AddressRequest a) => PostalAddress.Create(a.Recipient, a.Phone, a.Province, a.City, a.District, a.Line);

    private static Task<Customer?> Load(CommerceDbContext db, string code, CancellationToken ct) =>
        db.Customers.Include(c => c.Addresses).Include(c => c.Consents).AsSplitQuery().SingleOrDefaultAsync(c => c.Code == code, ct);

    private static IResult NotFound(string code) => Results.Problem(title: $"Customer '{code}' does not exist.", statusCode: 404);

    private static CustomerView View(Customer c, ClaimsPrincipal user)
    {
        var masked = !UnmaskedRoles.Any(user.IsInRole);
        return new CustomerView(
            c.Code,
            masked ? PersonalDataMask.Name(c.Name)! : c.Name,
            masked ? PersonalDataMask.Phone(c.Phone) : c.Phone,
            masked ? PersonalDataMask.Email(c.Email) : c.Email,
            c.RegistrationChannel, c.MembershipTier, c.RegisteredAt, c.Province, c.City,
            c.Addresses.Select(a => masked
                ? a.Address with { Recipient = PersonalDataMask.Name(a.Address.Recipient)!, Phone = PersonalDataMask.Phone(a.Address.Phone)!, Line = PersonalDataMask.Line(a.Address.Line) }
                : a.Address).ToList(),
            c.Consents.Select(x => new ConsentView(x.Purpose, x.Channel, x.GrantedAt, x.WithdrawnAt, x.Source, x.Separate)).ToList(),
            c.NonPersonalised, c.AnonymisedAt);
    }
}
