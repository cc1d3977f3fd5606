using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Pager.Duty;

namespace Checkout.Worker.Alerting
{
    /// <summary>Sends alerts to PagerDuty and reads on-call information from its REST API.</summary>
    public sealed class PagerDutyNotifier : IDisposable
    {
        private const string RoutingKey = "⟦pagerduty-events-key|{pdevents}⟧";
        private static readonly string BuildHash = "⟦-|{hex:40}⟧";

        private readonly HttpClient _rest;
        private readonly IPagerDuty _events;
        private readonly ILogger<PagerDutyNotifier> _log;

        public PagerDutyNotifier(ILogger<PagerDutyNotifier> log)
        {
            _log = log;
            _events = new PagerDuty(integrationKey: "⟦pagerduty-events-key|{pdevents}⟧");

            _rest = new HttpClient { BaseAddress = new Uri("https://api.pagerduty.com/") };
            _rest.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/vnd.pagerduty+json"));
            _rest.DefaultRequestHeaders.Add("From", "checkout-worker@example.com");
            _rest.DefaultRequestHeaders.Authorization =
                new AuthenticationHeaderValue("Token", "token=⟦pagerduty-rest-api-key|{pdkey}⟧");
        }

        public Task<AlertResponse> TriggerAsync(string summary, Severity severity) =>
            _events.Send(new TriggerAlert(severity, summary) { Source = Environment.MachineName, Component = "worker" });

        public async Task<string> WhoIsOnCallAsync(string scheduleId)
        {
            var json = await _rest.GetStringAsync($"oncalls?schedule_ids[]={scheduleId}&earliest=true");
            using var doc = JsonDocument.Parse(json);
            return doc.RootElement.GetProperty("oncalls")[0].GetProperty("user").GetProperty("summary").GetString();
        }

        public void Dispose()
        {
            _rest.Dispose();
            _events.Dispose();
        }
    }
}
