using System.Security.Cryptography;
using System.Text.Json;
using CommerceOps.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CommerceOps.Infrastructure.Identity;

/// <summary>
/// Creates the roles and, on a fresh store, one demo login per role plus a storefront API key. The secrets are
/// random per installation: printed once at start and kept in DATA/demo-credentials.json, never in the repository.
/// </summary>
public sealed class AccessSeeder(CommerceDbContext db, UserManager<ConsoleUser> users, RoleManager<IdentityRole> roles, StorageOptions storage, TimeProvider time)
{
    public const string CredentialsFileName = "demo-credentials.json";

    public sealed record DemoLogin(string Email, string Password, string Role);

    public sealed record DemoCredentials(string StorefrontApiKey, IReadOnlyList<DemoLogin> Users);

    public string CredentialsPath => Path.Combine(storage.DataDirectory, CredentialsFileName);

    public async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.ConsoleRoles)
            if (!await roles.RoleExistsAsync(role))
                Check(await roles.CreateAsync(new IdentityRole(role)));
    }

    /// <summary>Seeds demo access once; returns the credentials (read back from the file on later starts).</summary>
    public async Task<DemoCredentials?> EnsureDemoAccessAsync(CancellationToken ct)
    {
        await EnsureRolesAsync();
        if (await db.Users.AnyAsync(ct))
            return File.Exists(CredentialsPath) ? JsonSerializer.Deserialize<DemoCredentials>(await File.ReadAllTextAsync(CredentialsPath, ct)) : null;

        var logins = new List<DemoLogin>();
        foreach (var role in Roles.ConsoleRoles)
        {
            var email = $"{role.Replace('_', '-')}@demo.commerceops.local";
            var login = new DemoLogin(email, NewSecret(12) + "-Aa1", role);
            await CreateUserAsync(login.Email, login.Password, role, role);
            logins.Add(login);
        }
        var key = await CreateApiClientAsync("demo storefront", ct);
        var credentials = new DemoCredentials(key, logins);
        await File.WriteAllTextAsync(CredentialsPath, JsonSerializer.Serialize(credentials, new JsonSerializerOptions { WriteIndented = true }), ct);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(CredentialsPath, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return credentials;
    }

    public async Task CreateUserAsync(string email, string password, string role, string displayName)
    {
        var user = new ConsoleUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName };
        Check(await users.CreateAsync(user, password));
        Check(await users.AddToRoleAsync(user, role));
    }

    /// <summary>Registers a storefront/integration client and returns its key; only the hash is stored.</summary>
    public async Task<string> CreateApiClientAsync(string name, CancellationToken ct)
    {
        var key = "co_" + NewSecret(32);
        db.ApiClients.Add(new ApiClient { Name = name, KeyHash = ApiKeys.Hash(key), CreatedAt = time.GetUtcNow() });
        await db.SaveChangesAsync(ct);
        return key;
    }

    private static string NewSecret(int bytes) => Convert.ToHexString(RandomNumberGenerator.GetBytes(bytes)).ToLowerInvariant()[..bytes];

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
