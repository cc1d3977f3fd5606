cd ~/src/oncall-tools
git pull --rebase
make test
curl -s -H "Authorization: Bearer ⟦pagerduty-classic-oauth-token|{hex:64}⟧" -H "Accept: application/vnd.pagerduty+json;version=2" https://api.pagerduty.com/users/me | jq .user.email
pd incident list --statuses triggered
kubectl -n monitoring get secret pagerduty-credentials -o yaml
echo ⟦-|{hex:32}⟧ | sha256sum
pd incident ack --ids QJNSPPP5D58I7E
curl -s -X POST https://events.pagerduty.com/v2/enqueue -d '{"routing_key":"⟦pagerduty-events-key|{pdevents}⟧","event_action":"resolve","dedup_key":"db01-disk"}'
git log --oneline -3
docker run --rm -e PAGERDUTY_TOKEN=⟦pagerduty-rest-api-key|{pdkey}⟧ ghcr.io/acme/oncall-report:latest --since 7d
history | grep pagerduty
