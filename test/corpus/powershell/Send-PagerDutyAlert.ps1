<#
.SYNOPSIS
  Triggers a PagerDuty incident from a Windows scheduled task.
.EXAMPLE
  .\Send-PagerDutyAlert.ps1 -Summary "Backup failed on $env:COMPUTERNAME"
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory = $true)][string]$Summary,
    [ValidateSet('critical', 'error', 'warning', 'info')][string]$Severity = 'error',
    [string]$RoutingKey = '⟦pagerduty-events-key|{pdevents}⟧'
)

$ErrorActionPreference = 'Stop'
$env:DD_API_KEY = '⟦-|{hex:32}⟧'

$body = @{
    routing_key  = $RoutingKey
    event_action = 'trigger'
    payload      = @{ summary = $Summary; source = $env:COMPUTERNAME; severity = $Severity }
} | ConvertTo-Json -Depth 4

Invoke-RestMethod -Method Post -Uri 'https://events.pagerduty.com/v2/enqueue' -ContentType 'application/json' -Body $body

# Add the backup log as a note on the newest incident
$headers = @{
    Accept        = 'application/vnd.pagerduty+json;version=2'
    Authorization = 'Token token=⟦pagerduty-rest-api-key|{pdkey}⟧'
    From          = 'backup-bot@example.com'
}
$incidents = Invoke-RestMethod -Uri 'https://api.pagerduty.com/incidents?statuses[]=triggered&limit=1' -Headers $headers
