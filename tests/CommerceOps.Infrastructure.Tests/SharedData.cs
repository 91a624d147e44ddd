namespace CommerceOps.Infrastructure.Tests;

/// <summary>
/// The read-only public data sets (../shared/data from the repository root, or COMMERCEOPS_SHARED_DATA). Tests that
/// need them skip with a message when they are absent, rather than fail.
/// </summary>
public static class SharedData
{
    public static string OnlineRetailFile => Require(Path.Combine("online-retail", "online_retail_2010-12_to_2011-08.csv.gz"));

    public static string CdnowSummaryFile => Require(Path.Combine("cdnow", "cdnow_customers_summary_with_transactions.csv"));
    /// <summary>The directory of the Olist sample tables.</summary>
    public static string OlistDirectory => Path.GetDirectoryName(Require(Path.Combine("olist", "olist_orders_dataset.csv")))!;

    private static string Require(string relative)
    {
        var root = Environment.GetEnvironmentVariable("COMMERCEOPS_SHARED_DATA");
        if (string.IsNullOrWhiteSpace(root))
        {
            var repo = FindRepositoryRoot();
            root = repo is null ? "" : Path.GetFullPath(Path.Combine(repo, "..", "shared", "data"));
        }
        var path = Path.Combine(root, relative);
        if (!File.Exists(path))
            Assert.Skip($"Shared data file {relative} not found under '{root}'. Set COMMERCEOPS_SHARED_DATA to the shared data folder to run this test.");
        return path;
    }

    private static string? FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CommerceOps.slnx"))) return dir.FullName;
        return null;
    }
}
