import * as pulumi from "@pulumi/pulumi";
import * as pagerduty from "@pulumi/pagerduty";
import * as datadog from "@pulumi/datadog";

const cfg = new pulumi.Config("oncall");

const pd = new pagerduty.Provider("pd", {
    token: "⟦pagerduty-rest-api-key|{pdkey}⟧",
    serviceRegion: "eu",
});

const service = new pagerduty.Service("checkout", {
    name: "Checkout API",
    escalationPolicy: cfg.require("escalationPolicy"),
}, { provider: pd });

new datadog.pagerduty.ServiceObject("checkout", {
    serviceName: "checkout",
    serviceKey: "⟦pagerduty-events-key|{pdevents}⟧",
});

export const serviceId = service.id;
export const buildHash = "⟦-|{hex:40}⟧";
