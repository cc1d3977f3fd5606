#!/bin/sh
set -eu
helm repo update
helm upgrade robusta robusta/robusta \
  --namespace robusta \
  --values generated_values.yaml \
  --set clusterName=prod-eu-1 \
  --set "sinksConfig[2].pagerduty_sink.api_key=⟦pagerduty-events-key|{pdevents}⟧" \
  --set runner.image.tag=⟦-|{hex:12}⟧
