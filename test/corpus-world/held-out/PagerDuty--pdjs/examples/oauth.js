// token obtained with the client-credentials grant (scopes: services.read incidents.read)
const {api} = require('@pagerduty/pdjs');

const pd = api({
  token: '⟦pagerduty-oauth-token|pdus+_0{upperdigit:6}_{uuid}⟧',
  tokenType: 'bearer',
  server: 'api.eu.pagerduty.com',
});

pd.get('/incidents', {data: {statuses: ['triggered']}}).then(({data}) => console.log(data.incidents.length));
