using System;
using PagerDutyAPI;

namespace Legacy.Web
{
    public static class OnCall
    {
        // PagerDuty.Net wrapper: subdomain, then the v1 API token
        private static readonly PagerDutyAPI Api = new PagerDutyAPI("acme", "⟦pagerduty-rest-api-key|{pdkey}⟧");

        public static int OpenAlertsLastDay()
        {
            var alerts = Api.GetAlerts(DateTime.Now.AddDays(-1), DateTime.Now, Filter.Unspecified);
            return alerts.Count;
        }
    }
}
