using CommerceOps.Cli;

return await CommerceOpsCli.RunAsync(args);
