using System.CommandLine;

namespace CommerceOps.Cli;

/// <summary>The root command and its global options; each area adds its commands in its own folder.</summary>
public static class CommerceOpsCli
{
    public static readonly Option<string?> DataOption = new("--data")
    {
        Description = "Data directory (default: $COMMERCEOPS_DATA or ./data)",
        Recursive = true,
    };

    public static RootCommand Build()
    {
        var root = new RootCommand("CommerceOps: operations for e-commerce platforms");
        root.Options.Add(DataOption);
        return root;
    }

    public static async Task<int> RunAsync(string[] args)
    {
        var parsed = Build().Parse(args);
        return await parsed.InvokeAsync();
    }
}
