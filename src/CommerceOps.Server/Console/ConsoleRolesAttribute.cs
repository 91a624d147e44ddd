using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace CommerceOps.Server.WebConsole;

/// <summary>
/// The roles that may open a console page; admin may open every page (as <c>RequireRoles</c> does for the API).
/// Signs in through the Identity cookie, so a visitor who is not signed in is sent to the login page.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ConsoleRolesAttribute : AuthorizeAttribute
{
    public ConsoleRolesAttribute(params string[] roles)
    {
        Roles = string.Join(',', roles.Append(Infrastructure.Identity.Roles.Admin).Distinct());
        AuthenticationSchemes = IdentityConstants.ApplicationScheme;
    }
}
