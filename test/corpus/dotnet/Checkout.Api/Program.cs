using Checkout.Api.Alerting;
using Pager.Duty;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddControllers();
builder.Services.AddSingleton<IPagerDuty>(sp =>
{
    var cfg = sp.GetRequiredService<IConfiguration>();
    var key = cfg["PagerDuty:RoutingKey"] ?? throw new InvalidOperationException("PagerDuty:RoutingKey is not configured");
    return new PagerDuty(key) { BaseUrl = new Uri(cfg["PagerDuty:EventsUrl"] ?? "https://events.pagerduty.com/v2/") };
});
builder.Services.AddHttpClient("pagerduty", (sp, http) =>
{
    var cfg = sp.GetRequiredService<IConfiguration>();
    http.BaseAddress = new Uri(cfg["PagerDuty:BaseUrl"] ?? "https://api.pagerduty.com/");
    http.DefaultRequestHeaders.Add("Authorization", $"Token token={cfg["PagerDuty:ApiKey"]}");
});

var app = builder.Build();
app.MapControllers();
app.Run();
