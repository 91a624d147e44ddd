using CommerceOps.Bench;

// Driven by bench/run.sh. Every command is bounded in count and time and talks only to a loopback address.
//   checkout    --url http://127.0.0.1:PORT --data DIR [--workers 8] [--duration 30] [--warmup 5] [--max-orders 200000] --out FILE --label TEXT
//   ingest-http --url http://127.0.0.1:PORT --data DIR [--workers 2] [--batches 200] [--batch-size 1000] --out FILE
//   ingest-raw  --dir DIR [--batches 200] [--batch-size 1000] --out FILE
//   assistant   --dir DIR [--products 100000] [--questions 20000] --out FILE   (SQLite store kept in DIR)
//   kb          --dir DIR [--articles 1000000] [--queries 5000] --out FILE     (Lucene index kept in DIR)
try
{
    if (args.Length == 0) return Usage();
    var options = Options.Parse(args.Skip(1));
    return args[0] switch
    {
        "checkout" => await CheckoutLoad.RunAsync(options),
        "ingest-http" => await IngestionLoad.RunHttpAsync(options),
        "ingest-raw" => IngestionLoad.RunRaw(options),
        "assistant" => await AssistantLoad.RunAsync(options),
        "kb" => KnowledgeLoad.Run(options),
        _ => Usage(),
    };
}
catch (BenchException e)
{
    Console.Error.WriteLine($"bench: {e.Message}");
    return 2;
}

static int Usage()
{
    Console.Error.WriteLine("usage: CommerceOps.Bench checkout|ingest-http|ingest-raw|assistant|kb [--option value]...  (see bench/run.sh)");
    return 64;
}
