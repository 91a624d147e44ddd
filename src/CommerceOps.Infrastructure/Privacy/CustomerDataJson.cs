using System.Text.Encodings.Web;
using System.Text.Json;

namespace CommerceOps.Infrastructure.Privacy;

/// <summary>How an export is written as JSON (API and CLI alike): camelCase, indented, Chinese left readable.</summary>
public static class CustomerDataJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
