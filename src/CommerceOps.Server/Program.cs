using CommerceOps.Server.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddCommerceOps();

var app = builder.Build();
app.UseCommerceOps();
await app.PrepareDataAsync();
app.Run();

public partial class Program;
