using Microsoft.AspNetCore.Identity;

namespace CommerceOps.Infrastructure.Identity;

/// <summary>A member of the platform's staff who signs in to the console.</summary>
public sealed class ConsoleUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
}
