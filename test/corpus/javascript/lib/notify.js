'use strict';

const PdClient = require('node-pagerduty');
const PagerDuty = require('pagerduty');

const pd = new PdClient('⟦pagerduty-rest-api-key|{pdkey}⟧');
const pager = new PagerDuty({
  serviceKey: '⟦pagerduty-events-key|{pdevents}⟧',
});

const BUILD = '⟦-|{hex:40}⟧';

module.exports.notify = function notify(description, details, cb) {
  pager.create({ description, details: { ...details, build: BUILD }, callback: cb });
};

module.exports.whoIsOnCall = async function whoIsOnCall(scheduleId) {
  const res = await pd.schedules.listUsersOnCall(scheduleId, { since: new Date().toISOString() });
  return JSON.parse(res.body).users;
};
