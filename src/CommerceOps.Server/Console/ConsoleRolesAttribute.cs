using Microsoft.AspNetCore.Authorization;

namespace CommerceOps.Server.WebConsole;

/// <summary>
/// The roles that may open a console page; admin may open every page (as <c>RequireRoles</c> does for the API).
/// The sign-in scheme (the Identity cookie, so visitors are sent to the login page) is set for all console pages in
/// <see cref="ConsoleHosting"/>: components may not name schemes themselves.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ConsoleRolesAttribute : AuthorizeAttribute
{
    public ConsoleRolesAttribute(params string[] roles)
    {
        Roles = string.Join(',', roles.Append(Infrastructure.Identity.Roles.Admin).Distinct());
    }
}
