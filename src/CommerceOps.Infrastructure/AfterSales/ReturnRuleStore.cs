using System.Text.Json;
using System.Text.Json.Serialization;
using CommerceOps.Domain.AfterSales;
using CommerceOps.Infrastructure.Persistence;

namespace CommerceOps.Infrastructure.AfterSales;

/// <summary>
/// The automatic return rules as a JSON file, <c>DATA/aftersales/return-rules.json</c>, so operations can edit them
/// (through the API or by hand) without a release. Missing file: the default rules. Written atomically (temp + rename).
/// </summary>
public sealed class ReturnRuleStore(StorageOptions storage)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false) },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly Lock _gate = new();

    public string FilePath => Path.Combine(storage.DataDirectory, "aftersales", "return-rules.json");

    public ReturnRuleSet Load()
    {
        lock (_gate)
        {
            if (!File.Exists(FilePath)) return ReturnRuleSet.Default;
            var rules = JsonSerializer.Deserialize<List<ReturnRule>>(File.ReadAllText(FilePath), Json)
                ?? throw new InvalidDataException($"{FilePath} holds no rule list.");
            return new ReturnRuleSet(rules);
        }
    }

    public void Save(ReturnRuleSet rules)
    {
        rules.Validate();
        lock (_gate)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
            var temp = FilePath + ".tmp";
            File.WriteAllText(temp, JsonSerializer.Serialize(rules.Rules, Json));
            File.Move(temp, FilePath, overwrite: true);
        }
    }
}
