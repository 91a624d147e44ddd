using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace CommerceOps.Server.Hosting;

/// <summary>
/// Caps request bodies: 256 KiB unless an endpoint declares more (batch ingestion). Refused with 413 before
/// anything is read, on every server (Kestrel enforces the same limit for chunked bodies).
/// </summary>
public static class RequestBodyLimit
{
    public const long DefaultBytes = 256 * 1024;

    public static IApplicationBuilder UseRequestBodyLimit(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        var limit = http.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? DefaultBytes;
        if (http.Request.ContentLength > limit)
            throw new BadHttpRequestException($"The body is larger than {limit} bytes.", StatusCodes.Status413PayloadTooLarge);
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            feature.MaxRequestBodySize = limit;
        await next(http);
    });
}
