using System.Threading.Channels;

namespace CommerceOps.Infrastructure.Demo;

/// <summary>
/// Runs a sequence's producer on another thread, a bounded number of chunks ahead of its consumer, so generating data
/// and writing it use both cores. The items and their order are exactly the source's, so a seeded generator stays
/// deterministic; memory stays bounded by <c>chunkSize × chunksAhead</c>.
/// </summary>
public static class Prefetched
{
    public static IEnumerable<T> Of<T>(IEnumerable<T> source, int chunkSize = 4_096, int chunksAhead = 8)
    {
        var channel = Channel.CreateBounded<T[]>(new BoundedChannelOptions(chunksAhead) { SingleReader = true, SingleWriter = true });
        using var stop = new CancellationTokenSource();
        var producer = Task.Run(async () =>
        {
            try
            {
                var chunk = new List<T>(chunkSize);
                foreach (var item in source)
                {
                    chunk.Add(item);
                    if (chunk.Count < chunkSize) continue;
                    await channel.Writer.WriteAsync([.. chunk], stop.Token);
                    chunk.Clear();
                }
                if (chunk.Count > 0) await channel.Writer.WriteAsync([.. chunk], stop.Token);
                channel.Writer.Complete();
            }
            catch (Exception e)
            {
                channel.Writer.Complete(e);
            }
        });
        try
        {
            while (channel.Reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
                while (channel.Reader.TryRead(out var chunk))
                    foreach (var item in chunk) yield return item;
        }
        finally
        {
            // The consumer stopped early (an error or a break): stop the producer and wait for it before leaving.
            stop.Cancel();
            producer.GetAwaiter().GetResult();
        }
    }
}
