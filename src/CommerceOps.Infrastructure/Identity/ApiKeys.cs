using System.Security.Cryptography;
using System.Text;

namespace CommerceOps.Infrastructure.Identity;

public static class ApiKeys
{
    /// <summary>Keys are stored and compared as SHA-256 hex; they are long random strings, so no salt or slow hash is needed.</summary>
    public static string Hash(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
