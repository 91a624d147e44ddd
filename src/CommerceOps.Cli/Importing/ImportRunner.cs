using System.CommandLine;
using CommerceOps.Cli.Storage;
using CommerceOps.Infrastructure.Importing;
using CommerceOps.Infrastructure.Persistence;

namespace CommerceOps.Cli.Importing;

/// <summary>
/// What every <c>import</c> command shares: refuse a missing input, open the data directory (lock, migrate), run the
/// import, and turn a data directory in use or a refused file into its message on stderr and the bad-input exit code.
/// A command states only its input argument, its importer and its report.
/// </summary>
public static class ImportRunner
{
    public static Command Create<TInput>(string name, string description, Argument<TInput> input, Func<ImportRun<TInput>, CancellationToken, Task> import)
        where TInput : FileSystemInfo
    {
        var command = new Command(name, description) { input };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var console = new CliConsole(parseResult);
            var path = parseResult.GetValue(input)!;
            if (!path.Exists) return console.Refuse($"No such {(path is DirectoryInfo ? "directory" : "file")}: {path.FullName}");
            try
            {
                await using var storage = await CliStorage.OpenAsync(parseResult.GetValue(CommerceOpsCli.DataOption), cancellationToken);
                await import(new ImportRun<TInput>(path, storage, console.Out), cancellationToken);
                return ExitCodes.Ok;
            }
            catch (DataDirectoryInUseException e)
            {
                return console.Refuse(e.Message);
            }
            catch (ImportRefusedException e)
            {
                return console.Refuse(e.Message, e);
            }
        });
        return command;
    }
}
