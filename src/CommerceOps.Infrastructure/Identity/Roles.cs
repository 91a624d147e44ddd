namespace CommerceOps.Infrastructure.Identity;

/// <summary>Console roles. Endpoints name the roles that may call them; admin may call everything.</summary>
public static class Roles
{
    public const string Admin = "admin";
    public const string Operations = "operations";
    public const string Marketing = "marketing";
    public const string SupplyChain = "supply_chain";
    public const string Service = "service";
    public const string Risk = "risk";
    public const string Analyst = "analyst";
    /// <summary>Edits the advertising-law word list and works the compliance findings.</summary>
    public const string Compliance = "compliance";

    /// <summary>Storefronts and integrations that authenticate with an API key.</summary>
    public const string Storefront = "storefront";

    public static readonly IReadOnlyList<string> ConsoleRoles = [Admin, Operations, Marketing, SupplyChain, Service, Risk, Analyst, Compliance];
}
