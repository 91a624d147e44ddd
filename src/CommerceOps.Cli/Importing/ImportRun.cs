using CommerceOps.Cli.Storage;
using Spectre.Console;

namespace CommerceOps.Cli.Importing;

/// <summary>One import as <see cref="ImportRunner"/> hands it to a command: the input that exists, the opened store and the console to report on.</summary>
public sealed record ImportRun<TInput>(TInput Input, CliStorage Storage, IAnsiConsole Out) where TInput : FileSystemInfo;
