package com.rundeck.plugins

import com.dtolabs.rundeck.plugins.descriptions.PluginDescription
import com.dtolabs.rundeck.plugins.descriptions.PluginProperty
import com.dtolabs.rundeck.plugins.notification.NotificationPlugin

@PluginDescription(title = "PagerDuty", description = "Create a Trigger event.")
class PagerDutyNotificationPlugin implements NotificationPlugin {

    final static String SUBJECT_LINE = '${job.status} [${job.project}] "${job.name}" run by ${job.user} (#${job.execid})'
    final static String PD_API_VER = "v2"
    final static String PD_KEY = "⟦-|xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx⟧"

    @PluginProperty(title = "Subject", description = "Incident subject line", required = false, defaultValue = PagerDutyNotificationPlugin.SUBJECT_LINE)
    private String subject

    @PluginProperty(title = "Integration Key", description = "PagerDuty Service Integration Key", required = true, defaultValue = PagerDutyNotificationPlugin.PD_KEY)
    private String service_key

    boolean postNotification(String trigger, Map executionData, Map config) {
        def body = [routing_key: service_key, event_action: 'trigger', dedup_key: executionData.id,
                    payload: [summary: subject, source: 'rundeck', severity: 'error']]
        return PagerDutyApi.send(body)
    }
}
