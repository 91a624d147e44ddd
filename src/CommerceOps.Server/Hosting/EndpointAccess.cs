using CommerceOps.Infrastructure.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace CommerceOps.Server.Hosting;

/// <summary>
/// Every endpoint says who may call it. Console users sign in through Identity (cookie or bearer token);
/// storefronts send an API key. Admin may call everything.
/// </summary>
public static class EndpointAccess
{
    public const string ApiKeyScheme = "ApiKey";

    public static TBuilder RequireRoles<TBuilder>(this TBuilder builder, params string[] roles) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(new AuthorizationPolicyBuilder(ApiKeyScheme, IdentityConstants.BearerScheme, IdentityConstants.ApplicationScheme)
            .RequireRole([.. roles, Roles.Admin])
            .Build());
}
