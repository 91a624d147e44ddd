using System.Reflection;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;

namespace CommerceOps.Server.WebConsole;

/// <summary>One place in the console's navigation: its route and the localisation key of its label.</summary>
public sealed record ConsoleNavEntry(string Route, string LabelKey);

/// <summary>A navigation entry whose page exists, with the roles its page declares (null: any signed-in user).</summary>
public sealed record ConsolePage(ConsoleNavEntry Entry, Type Component, IReadOnlyList<string>? Roles)
{
    /// <summary>Relative to the base href, so links keep working behind a path prefix.</summary>
    public string Href => Entry.Route.TrimStart('/');
}

/// <summary>
/// The console's navigation. Every page the issues plan has an entry here; an entry shows only once a routable
/// component with that route exists, and only to users in one of the roles the page declares.
/// </summary>
public sealed class ConsoleNavigation
{
    public static readonly IReadOnlyList<ConsoleNavEntry> Entries =
    [
        new("/", "Nav.Overview"),
        new("/gmv", "Nav.GmvTree"),
        new("/funnel", "Nav.Funnel"),
        new("/operations", "Nav.Operations"),
        new("/marketing", "Nav.Marketing"),
        new("/segments", "Nav.Segments"),
        new("/alerts", "Nav.Alerts"),
        new("/inventory", "Nav.Inventory"),
        new("/logistics", "Nav.Logistics"),
        new("/campaigns", "Nav.Campaigns"),
        new("/coupons", "Nav.Coupons"),
        new("/content", "Nav.Content"),
        new("/suppliers", "Nav.Suppliers"),
        new("/presales", "Nav.Presales"),
        new("/demand", "Nav.Demand"),
        new("/promotions", "Nav.Promotions"),
        new("/compliance", "Nav.Compliance"),
        new("/privacy", "Nav.Privacy"),
        new("/brands", "Nav.Brands"),
        new("/service-desk", "Nav.ServiceDesk"),
        new("/returns", "Nav.Returns"),
        new("/kb", "Nav.KnowledgeBase"),
        new("/service-kpis", "Nav.ServiceKpis"),
    ];

    public ConsoleNavigation() : this(typeof(Program).Assembly) { }

    public ConsoleNavigation(Assembly assembly)
    {
        var routed = assembly.GetTypes()
            .Where(t => typeof(IComponent).IsAssignableFrom(t) && !t.IsAbstract)
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>().Select(r => (r.Template, Type: t)))
            .ToLookup(r => r.Template, r => r.Type, StringComparer.OrdinalIgnoreCase);
        Pages = [.. Entries.Where(e => routed[e.Route].Any()).Select(e => new ConsolePage(e, routed[e.Route].First(), RolesOf(routed[e.Route].First())))];
    }

    public IReadOnlyList<ConsolePage> Pages { get; }

    public IEnumerable<ConsolePage> VisibleTo(ClaimsPrincipal user) =>
        Pages.Where(p => user.Identity?.IsAuthenticated == true && (p.Roles is null || p.Roles.Any(user.IsInRole)));

    private static IReadOnlyList<string>? RolesOf(Type component)
    {
        var roles = component.GetCustomAttributes<AuthorizeAttribute>()
            .Where(a => !string.IsNullOrEmpty(a.Roles))
            .SelectMany(a => a.Roles!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .ToList();
        return roles.Count == 0 ? null : roles;
    }
}
