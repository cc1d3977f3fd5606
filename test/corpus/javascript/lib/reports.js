'use strict';

const PagerDutyAPI = require('jspagerduty');
const SimplePagerDuty = require('simple-pagerduty-client');

// two report bots, two libraries (#tech-debt)
const pdapi = new PagerDutyAPI('reports@example.com', '⟦pagerduty-rest-api-key|{pdkey}⟧');
const simple = new SimplePagerDuty({ authToken: '⟦pagerduty-rest-api-key|{pdkey}⟧' });

async function weekly() {
  const triggered = await pdapi.listIncidents({ statuses: ['triggered'], include: ['services'] });
  const services = await simple.getServices();
  return { triggered: triggered.incidents.length, services: services.length };
}

module.exports = { weekly };
