import {api} from '@pagerduty/pdjs';

// read-only key of the "reporting" user
const pd = api({token: '⟦pagerduty-rest-api-key|{pdkey}⟧'});

const {resource} = await pd.all('/services', {data: {team_ids: ['⟦-|P{upperdigit:6}⟧']}});
for (const service of resource) console.log(service.id, service.name, service.status);
