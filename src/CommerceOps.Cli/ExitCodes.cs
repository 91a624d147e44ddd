namespace CommerceOps.Cli;

public static class ExitCodes
{
    public const int Ok = 0;
    public const int Failure = 1;
    /// <summary>Bad input (a refused file, a missing file) or a data directory in use by the server.</summary>
    public const int BadInput = 2;
}
