using CommerceOps.Domain.Common;
using CommerceOps.Infrastructure.Identity;
using CommerceOps.Infrastructure.IntellectualProperty;
using CommerceOps.Server.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace CommerceOps.Server.IntellectualProperty.Pages;

/// <summary>
/// The complaint queue's buttons on /brands (a static page): a form post takes the listing down, keeps it or closes the
/// complaint, then returns to the page with the outcome or the refusal in the query string.
/// </summary>
public static class ComplaintActions
{
    public const string Path = "/console/brands/complaints";

    public static void MapComplaintActions(this IEndpointRouteBuilder app) =>
        app.MapPost(Path, async ([FromForm] string number, [FromForm] string action, [FromForm] string? reason, HttpContext http,
            ComplaintService complaints, CancellationToken ct) =>
        {
            var back = new Dictionary<string, string?> { ["complaint"] = number };
            var by = http.User.Identity?.Name ?? "unknown";
            try
            {
                var done = action switch
                {
                    "takedown" => await complaints.TakeDownAsync(number, by, reason ?? "", ct),
                    "keep" => await complaints.KeepAsync(number, by, reason ?? "", ct),
                    "close" => await complaints.CloseAsync(number, by, reason ?? "", ct),
                    _ => throw new DomainException("action is takedown, keep or close.", "action"),
                };
                back["done"] = done.Status.ToWire();
            }
            catch (DomainException e)
            {
                back["error"] = e.Message;
            }
            return Results.LocalRedirect("~/brands" + QueryString.Create(back.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent() + "#complaints-title");
        }).RequireRoles(Roles.Compliance).ExcludeFromDescription();
}
