using System.Net.Http.Json;
using System.Text.Json;

namespace CommerceOps.Api.Tests.Support;

/// <summary>Request bodies and calls that many tests share.</summary>
public static class Requests
{
    public static object Address(string city = "杭州市") => new
    {
        recipient = "王小明", phone = "13812345678", province = "浙江省", city, district = "西湖区", line = "文三路 100 号",
    };

    public static object BuyNow(string customer, string sku, int quantity = 1, string paymentMethod = "quick_pay") => new
    {
        customerCode = customer, channel = "organic", paymentMethod, address = Address(), remarks = "请放门口", lines = new[] { new { sku, quantity } },
    };

    public static async Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object body, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        return await client.SendAsync(request);
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();
}
