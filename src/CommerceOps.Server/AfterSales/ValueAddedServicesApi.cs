using CommerceOps.Domain.AfterSales.ValueAdded;
using CommerceOps.Domain.Common;
using CommerceOps.Infrastructure.AfterSales;
using CommerceOps.Infrastructure.Identity;
using CommerceOps.Server.Hosting;

namespace CommerceOps.Server.AfterSales;

/// <summary>Unboxing inspection and home installation: offerings, slots, technicians, booking, assignment, completion and confirmation.</summary>
public static class ValueAddedServicesApi
{
    public sealed record OfferingBody(ValueAddedServiceKind Kind, string? Sku, string? Category, string? Name, decimal Price);

    public sealed record SlotBody(ValueAddedServiceKind Kind, string? City, DateTimeOffset StartsAt, DateTimeOffset EndsAt, int Capacity);

    public sealed record TechnicianBody(string? Code, string? Name, string? City, List<ValueAddedServiceKind>? Kinds);

    public sealed record BookingBody(string? OrderNumber, string? Sku, ValueAddedServiceKind Kind, long SlotId);

    public sealed record AssignBody(string? Technician);

    public sealed record CompleteBody(string? Technician, string? Note);

    public sealed record OfferingView(long Id, ValueAddedServiceKind Kind, string? Sku, string? Category, string Name, decimal Price)
    {
        public static OfferingView From(ServiceOffering o) => new(o.Id, o.Kind, o.SkuCode, o.CategoryPrefix, o.Name, o.Price);
    }

    public sealed record SlotView(long Id, ValueAddedServiceKind Kind, string City, DateTimeOffset StartsAt, DateTimeOffset EndsAt, int Capacity, int Booked)
    {
        public static SlotView From(ServiceSlot s) => new(s.Id, s.Kind, s.City, s.StartsAt, s.EndsAt, s.Capacity, s.Booked);
    }

    public sealed record AppointmentView(
        string Number, string OrderNumber, string Sku, ValueAddedServiceKind Kind, decimal Price, long SlotId, string City,
        DateTimeOffset StartsAt, DateTimeOffset EndsAt, AppointmentStatus Status, string? Technician, DateTimeOffset? AssignedAt,
        DateTimeOffset? CompletedAt, string? CompletionNote, DateTimeOffset? ConfirmedAt)
    {
        public static AppointmentView From(ServiceAppointment a) => new(a.Number, a.OrderNumber, a.SkuCode, a.Kind, a.Price, a.SlotId, a.City,
            a.StartsAt, a.EndsAt, a.Status, a.TechnicianCode, a.AssignedAt, a.CompletedAt, a.CompletionNote, a.ConfirmedAt);
    }

    public static void MapValueAddedServicesApi(this RouteGroupBuilder api)
    {
        var services = api.MapGroup("/services").WithTags("Value-added services");

        services.MapPost("/offerings", async (OfferingBody body, ValueAddedServices vas, CancellationToken ct) =>
            Results.Ok(OfferingView.From(await vas.AddOfferingAsync(new ServiceOffering(body.Kind, body.Sku, body.Category, body.Name ?? "", body.Price), ct))))
            .RequireRoles(Roles.Operations);

        services.MapGet("/offerings", async (string sku, ValueAddedServices vas, CancellationToken ct) =>
            Results.Ok((await vas.OfferingsForAsync(sku, ct)).Select(OfferingView.From)))
            .RequireRoles([Roles.Storefront, .. Roles.ConsoleRoles]);

        services.MapPost("/slots", async (SlotBody body, ValueAddedServices vas, CancellationToken ct) =>
            Results.Ok(SlotView.From(await vas.AddSlotAsync(new ServiceSlot(body.Kind, body.City ?? "", body.StartsAt, body.EndsAt, body.Capacity), ct))))
            .RequireRoles(Roles.Operations, Roles.Service);

        // Query strings carry the wire name (home_installation), which the default enum binding does not read.
        services.MapGet("/slots", async (string kind, string city, ValueAddedServices vas, CancellationToken ct) =>
        {
            if (!WireNames.TryParseWire<ValueAddedServiceKind>(kind, out var parsed))
                throw new DomainException("kind is unboxing_inspection or home_installation.", "kind");
            return Results.Ok((await vas.FreeSlotsAsync(parsed, city, ct)).Select(SlotView.From));
        })
            .RequireRoles([Roles.Storefront, .. Roles.ConsoleRoles]);

        services.MapPost("/technicians", async (TechnicianBody body, ValueAddedServices vas, CancellationToken ct) =>
        {
            var technician = await vas.AddTechnicianAsync(new Technician(body.Code ?? "", body.Name ?? "", body.City ?? "", body.Kinds ?? []), ct);
            return Results.Ok(new { technician.Code, technician.Name, technician.City, technician.Kinds });
        }).RequireRoles(Roles.Operations, Roles.Service);

        services.MapPost("/appointments", async (BookingBody body, ValueAddedServices vas, CancellationToken ct) =>
        {
            new RequestValidation().Text(body.OrderNumber, "orderNumber", 64).Text(body.Sku, "sku", 64).ThrowIfAny();
            var appointment = await vas.BookAsync(body.OrderNumber!, body.Sku!, body.Kind, body.SlotId, ct);
            return Results.Created($"/api/v1/services/appointments/{appointment.Number}", AppointmentView.From(appointment));
        }).RequireRoles(Roles.Storefront, Roles.Service);

        services.MapGet("/appointments/{number}", async Task<IResult> (string number, ValueAddedServices vas, CancellationToken ct) =>
            await vas.FindAsync(number, ct) is { } a ? Results.Ok(AppointmentView.From(a)) : Results.Problem(title: $"Appointment '{number}' does not exist.", statusCode: 404))
            .RequireRoles([Roles.Storefront, .. Roles.ConsoleRoles]);

        services.MapPost("/appointments/{number}/assign", async (string number, AssignBody body, ValueAddedServices vas, CancellationToken ct) =>
            Results.Ok(AppointmentView.From(await vas.AssignAsync(number, string.IsNullOrWhiteSpace(body.Technician) ? null : body.Technician.Trim(), ct))))
            .RequireRoles(Roles.Service, Roles.Operations);

        services.MapPost("/appointments/{number}/complete", async (string number, CompleteBody body, ValueAddedServices vas, CancellationToken ct) =>
        {
            new RequestValidation().Text(body.Technician, "technician", 32).Text(body.Note, "note", ServiceAppointment.MaxNoteLength, required: false).ThrowIfAny();
            return Results.Ok(AppointmentView.From(await vas.CompleteAsync(number, body.Technician!.Trim(), body.Note, ct)));
        }).RequireRoles(Roles.Service, Roles.Operations);

        // The customer confirms the visit was done (from the storefront's order page).
        services.MapPost("/appointments/{number}/confirm", async (string number, ValueAddedServices vas, CancellationToken ct) =>
            Results.Ok(AppointmentView.From(await vas.ConfirmAsync(number, ct))))
            .RequireRoles(Roles.Storefront, Roles.Service);
    }
}
