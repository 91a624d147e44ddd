using CommerceOps.Infrastructure.Identity;
using CommerceOps.Server.Hosting;
using Microsoft.AspNetCore.Identity;

namespace CommerceOps.Server.Identity;

/// <summary>Console sign-in. A bearer token for API use, or a cookie for the web console (<c>useCookies=true</c>).</summary>
public static class AuthApi
{
    public sealed record LoginRequest(string? Email, string? Password);

    public static void MapAuthApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/auth").WithTags("Auth");
        group.MapPost("/login", async Task<IResult> (LoginRequest request, bool? useCookies, SignInManager<ConsoleUser> signIn) =>
        {
            new RequestValidation().Text(request.Email, "email", 200).Text(request.Password, "password", 200).ThrowIfAny();
            signIn.AuthenticationScheme = useCookies == true ? IdentityConstants.ApplicationScheme : IdentityConstants.BearerScheme;
            var result = await signIn.PasswordSignInAsync(request.Email!, request.Password!, isPersistent: useCookies == true, lockoutOnFailure: true);
            // On success the sign-in itself wrote the token (bearer) or the cookie.
            return result.Succeeded
                ? Results.Empty
                : Results.Problem(title: result.IsLockedOut ? "The account is locked for a while." : "Wrong email or password.", statusCode: StatusCodes.Status401Unauthorized);
        }).AllowAnonymous();

        group.MapGet("/me", (System.Security.Claims.ClaimsPrincipal user) => Results.Ok(new
        {
            name = user.Identity?.Name,
            roles = user.FindAll(System.Security.Claims.ClaimTypes.Role).Select(c => c.Value),
        })).RequireRoles([.. Roles.ConsoleRoles, Roles.Storefront]);
    }
}
