using System.CommandLine;
using CommerceOps.Cli.Alerts;
using CommerceOps.Cli.Compliance;
using CommerceOps.Cli.Analytics;
using CommerceOps.Cli.Demo;
using CommerceOps.Cli.Importing;
using CommerceOps.Cli.Marketing;
using CommerceOps.Cli.Logistics;
using CommerceOps.Cli.SupplyChain;
using CommerceOps.Cli.Service;

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
        root.Subcommands.Add(ImportCommand.Create());
        root.Subcommands.Add(GenerateCommand.Create());
        root.Subcommands.Add(RfmCommand.Create());
        root.Subcommands.Add(ClvCommand.Create());
        root.Subcommands.Add(AbcCommand.Create());
        root.Subcommands.Add(Selection.DemandCommand.Create());
        root.Subcommands.Add(ReplenishCommand.Create());
        root.Subcommands.Add(DeliveryCommand.Create());
        root.Subcommands.Add(AskCommand.Create());
        root.Subcommands.Add(ComplianceCommand.Create());
        root.Subcommands.Add(PriceCheckCommand.Create());
        root.Subcommands.Add(Privacy.PrivacyCommand.Create());
        root.Subcommands.Add(FunnelCommand.Create());
        root.Subcommands.Add(MetricsCommand.Create());
        root.Subcommands.Add(AlertsCommand.Create());
        root.Subcommands.Add(Marketing.Content.ContentCommand.Create());
        return root;
    }

    public static Task<int> RunAsync(string[] args) => RunAsync(args, null, null);

    /// <summary>Runs a command line; tests pass writers to read what it printed.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter? output, TextWriter? error, CancellationToken cancellationToken = default)
    {
        var parsed = Build().Parse(args);
        var configuration = new InvocationConfiguration();
        if (output is not null) configuration.Output = output;
        if (error is not null) configuration.Error = error;
        return await parsed.InvokeAsync(configuration, cancellationToken);
    }
}
