using System.Collections.Concurrent;
using System.Security.Claims;
using System.Text.Encodings.Web;
using CommerceOps.Infrastructure.Identity;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CommerceOps.Server.Hosting;

/// <summary>
/// Authenticates storefronts by the <c>X-Api-Key</c> header. Keys are compared by SHA-256 hash; a known key
/// is cached for a minute so the checkout path does not pay a database round trip per request.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    CommerceDbContext db, TimeProvider time)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string HeaderName = "X-Api-Key";
    private static readonly ConcurrentDictionary<string, (string Client, DateTimeOffset Until)> Known = new();

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(HeaderName, out var values) || values.Count != 1 || string.IsNullOrEmpty(values[0]))
            return AuthenticateResult.NoResult();
        var hash = ApiKeys.Hash(values[0]!);
        var now = time.GetUtcNow();
        if (!Known.TryGetValue(hash, out var known) || known.Until < now)
        {
            var client = await db.ApiClients.AsNoTracking().Where(c => c.KeyHash == hash && !c.Revoked).Select(c => c.Name).SingleOrDefaultAsync(Context.RequestAborted);
            if (client is null) return AuthenticateResult.Fail("Unknown or revoked API key.");
            known = (client, now.AddMinutes(1));
            Known[hash] = known;
        }
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, known.Client), new Claim(ClaimTypes.Role, Roles.Storefront)], Scheme.Name);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }
}
